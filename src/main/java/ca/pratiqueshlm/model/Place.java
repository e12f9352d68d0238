package ca.pratiqueshlm.model;

/** Where a practice takes place. */
public record Place(
        @Field(value = "municipalite", constraint = Constraint.ONE_LINE,
                doc = "Municipalité (facultatif pour une pratique régionale)", example = "Québec")
        String municipality,
        @Field(value = "mrc", constraint = Constraint.ONE_LINE,
                doc = "Municipalité régionale de comté (MRC), si la source la nomme", example = "Les Etchemins")
        String mrc,
        @Field(value = "region", required = true, ref = Registry.REGION,
                doc = "Code de la région administrative, de 01 à 17, entre guillemets", example = "03")
        String region,
        @Field(value = "ensemble", constraint = Constraint.ONE_LINE,
                doc = "Ensemble d'habitation ou immeuble, s'il y a lieu", example = "Place de la Rive")
        String housingComplex) {}
