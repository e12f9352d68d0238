package ca.pratiqueshlm.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a practice runs, tied to the year and the source that say so: a source of 2014 tells what
 * was true in 2014, not today. An unknown status needs neither.
 */
public record DatedStatus(
        @Field(value = "valeur", required = true, doc = "actif, termine ou inconnu", example = "actif")
        Status value,
        @Field(value = "annee", constraint = Constraint.YEAR,
                doc = "Année du document qui établit ce statut (obligatoire sauf pour « inconnu »)", example = "2014")
        Integer year,
        @Field(value = "source", ref = Registry.SOURCE,
                doc = "Source qui établit ce statut, l'une des sources de la fiche (obligatoire sauf pour « inconnu »)",
                example = "leblanc-vachon-2014")
        String source) implements SelfChecked {

    @Override
    public List<FieldProblem> check() {
        List<FieldProblem> problems = new ArrayList<>();
        if (value != Status.UNKNOWN && year == null) {
            problems.add(new FieldProblem("valeur", "le statut « " + value.code() + " » doit être daté : « annee » manque",
                    "ajoutez « annee: » avec l'année du document qui le dit, par exemple « annee: 2014 »"));
        }
        if (value != Status.UNKNOWN && source == null) {
            problems.add(new FieldProblem("valeur", "le statut « " + value.code() + " » doit citer sa source : « source » manque",
                    "ajoutez « source: » avec l'identifiant de la source qui le dit, l'une des sources de la fiche"));
        }
        return problems;
    }
}
