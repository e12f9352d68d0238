package ca.pratiqueshlm.model;

/** A Quebec administrative region and its official code. */
public record Region(
        @Field(value = "code", required = true, doc = "Code officiel, de 01 à 17") String code,
        @Field(value = "nom", required = true, constraint = Constraint.ONE_LINE, doc = "Nom") String name) {}
