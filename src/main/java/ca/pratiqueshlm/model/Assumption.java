package ca.pratiqueshlm.model;

/**
 * A value of a fiche that its sources do not give and that the editors had to infer. It stays in the
 * data, but every place that shows it says « estimé ».
 */
public enum Assumption implements Coded {
    HOUSING_TYPES("types_habitation", "Types d'habitation"),
    START("periode.debut", "Année de début"),
    END("periode.fin", "Année de fin"),
    MUNICIPALITY("lieu.municipalite", "Municipalité"),
    MRC("lieu.mrc", "MRC"),
    REGION("lieu.region", "Région");

    private final String code;
    private final String label;

    Assumption(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
