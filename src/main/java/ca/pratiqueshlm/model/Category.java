package ca.pratiqueshlm.model;

/** One of the four practice categories. */
public record Category(
        @Field(value = "id", required = true, constraint = Constraint.ID, doc = "Identifiant") String id,
        @Field(value = "nom", required = true, constraint = Constraint.ONE_LINE, doc = "Nom") String name,
        @Field(value = "definition", required = true, doc = "Définition") String definition) {}
