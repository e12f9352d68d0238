package ca.pratiqueshlm.model;

/** Where a practice takes place. */
public record Place(
        @Field(value = "municipalite", constraint = Constraint.ONE_LINE,
                doc = "Municipalité (facultatif pour une pratique régionale ; « inconnu » si la source ne la précise pas)",
                example = "Québec")
        String municipality,
        @Field(value = "mrc", constraint = Constraint.ONE_LINE,
                doc = "Municipalité régionale de comté (MRC), si la source la nomme ; « inconnu » si elle ne la précise pas",
                example = "Les Etchemins")
        String mrc,
        @Field(value = "region", required = true, ref = Registry.REGION,
                doc = "Code de la région administrative, de 01 à 17, entre guillemets", example = "03")
        String region,
        @Field(value = "ensemble", constraint = Constraint.ONE_LINE,
                doc = "Ensemble d'habitation ou immeuble, s'il y a lieu", example = "Place de la Rive")
        String housingComplex) {

    /** How editors write a place the source does not give. */
    public static final String UNKNOWN = "inconnu";

    /** A value written and not « inconnu ». */
    public static boolean isGiven(String value) {
        return value != null && !value.isBlank() && !UNKNOWN.equals(value.strip());
    }

    public static boolean isUnknown(String value) {
        return value != null && UNKNOWN.equals(value.strip());
    }
}
