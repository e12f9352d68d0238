package ca.pratiqueshlm.model;

/** An initiative a source names as similar, without a fiche of its own. */
public record SimilarInitiative(
        @Field(value = "nom", required = true, constraint = Constraint.ONE_LINE,
                doc = "Nom de l'initiative", example = "La coopérative de solidarité La clé du succès")
        String name,
        @Field(value = "lieu", constraint = Constraint.ONE_LINE,
                doc = "Où elle a lieu", example = "Trois-Rivières")
        String place,
        @Field(value = "description", doc = "Ce qu'en dit la source", example = "")
        String description) {}
