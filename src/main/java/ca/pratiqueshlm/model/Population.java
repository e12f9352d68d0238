package ca.pratiqueshlm.model;

/** A population a practice is meant for. */
public record Population(
        @Field(value = "id", required = true, constraint = Constraint.ID, doc = "Identifiant") String id,
        @Field(value = "nom", required = true, constraint = Constraint.ONE_LINE, doc = "Nom") String name) {}
