package ca.pratiqueshlm.model;

/** A programme that groups several fiches, such as the local projects of one agreement. */
public record Programme(
        @Field(value = "id", required = true, constraint = Constraint.ID, doc = "Identifiant") String id,
        @Field(value = "nom", required = true, constraint = Constraint.ONE_LINE, doc = "Nom") String name,
        @Field(value = "description", required = true, doc = "Description") String description,
        @Field(value = "source", required = true, ref = Registry.SOURCE, doc = "Source") String source,
        @Field(value = "repere", constraint = Constraint.ONE_LINE, doc = "Repère dans la source") String locator) {}
