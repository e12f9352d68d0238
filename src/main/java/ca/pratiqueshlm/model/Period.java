package ca.pratiqueshlm.model;

import java.util.List;

/**
 * When a practice started and, if known, ended. A year the source does not give is written
 * « inconnu » and bound as null: {@link #start()} may be null, and a null {@link #end()} means the
 * sources give no end year (the dated status says whether the practice was still running).
 */
public record Period(
        @Field(value = "debut", required = true, constraint = Constraint.YEAR_OR_UNKNOWN,
                doc = "Année de début, ou « inconnu » si la source ne la donne pas", example = "2007")
        Integer start,
        @Field(value = "fin", constraint = Constraint.YEAR_OR_UNKNOWN,
                doc = "Année de fin ; omettez-la ou écrivez « inconnu » si la source ne la donne pas", example = "2012")
        Integer end) implements SelfChecked {

    @Override
    public List<FieldProblem> check() {
        if (start != null && end != null && end < start) {
            return List.of(new FieldProblem("fin", "l'année de fin (" + end + ") précède l'année de début (" + start + ")",
                    "vérifiez les deux années dans la source"));
        }
        return List.of();
    }

    /** "2008-2012", "depuis 2007", without any mark of estimate (see the plan's labels for those). */
    public String label() {
        if (start == null) {
            return end == null ? "période non précisée par la source" : "jusqu'en " + end;
        }
        if (end == null) {
            return "depuis " + start;
        }
        return start.equals(end) ? String.valueOf(start) : start + "-" + end;
    }
}
