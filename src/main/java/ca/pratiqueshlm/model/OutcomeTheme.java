package ca.pratiqueshlm.model;

/** A theme that groups outcomes. */
public record OutcomeTheme(
        @Field(value = "id", required = true, constraint = Constraint.ID, doc = "Identifiant") String id,
        @Field(value = "nom", required = true, constraint = Constraint.ONE_LINE, doc = "Nom") String name) {}
