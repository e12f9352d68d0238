package ca.pratiqueshlm.model;

import java.util.List;

/** A record with rules across its fields, checked once it is bound. */
public interface SelfChecked {
    /** The problems, each attached to one of the record's keys. */
    List<FieldProblem> check();

    /** A problem with one key of a record. */
    record FieldProblem(String key, String message, String hint) {}
}
