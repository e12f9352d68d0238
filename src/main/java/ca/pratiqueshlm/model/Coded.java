package ca.pratiqueshlm.model;

/** An enum whose constants are written in the YAML by a French code. */
public interface Coded {
    /** The code as written in the YAML. */
    String code();

    /** The label shown to readers. */
    String label();
}
