package ca.pratiqueshlm.model;

/** A kind of outcome, shared by the fiches that report it. */
public record Outcome(
        @Field(value = "id", required = true, constraint = Constraint.ID, doc = "Identifiant") String id,
        @Field(value = "libelle", required = true, constraint = Constraint.ONE_LINE, doc = "Libellé") String label,
        @Field(value = "theme", required = true, doc = "Identifiant du thème") String theme) {}
