package ca.pratiqueshlm.model;

/**
 * An enum whose constants are written in the YAML by a French code and shown to readers by a label. Each
 * constant holds one {@link Wording}, so the enums declare their pairs and nothing else.
 */
public interface Coded {
    /** The constant's code and label. */
    Wording wording();

    /** The code as written in the YAML. */
    default String code() {
        return wording().code();
    }

    /** The label shown to readers. */
    default String label() {
        return wording().label();
    }

    record Wording(String code, String label) {}
}
