package ca.pratiqueshlm.model;

import java.util.List;

/** When a practice started and, if known, ended. */
public record Period(
        @Field(value = "debut", required = true, constraint = Constraint.YEAR,
                doc = "Année de début", example = "2007")
        Integer start,
        @Field(value = "fin", constraint = Constraint.YEAR,
                doc = "Année de fin; omettez-la si la pratique continue ou si la source ne le dit pas", example = "2012")
        Integer end) implements SelfChecked {

    @Override
    public List<FieldProblem> check() {
        if (start != null && end != null && end < start) {
            return List.of(new FieldProblem("fin", "l'année de fin (" + end + ") précède l'année de début (" + start + ")",
                    "vérifiez les deux années dans la source"));
        }
        return List.of();
    }

    /** "2008-2012", "depuis 2007". */
    public String label() {
        if (end == null) {
            return "depuis " + start;
        }
        return start.equals(end) ? String.valueOf(start) : start + "-" + end;
    }
}
