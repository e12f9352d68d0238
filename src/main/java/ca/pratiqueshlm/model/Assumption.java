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

    private final Wording wording;

    Assumption(String code, String label) {
        this.wording = new Wording(code, label);
    }

    @Override
    public Wording wording() {
        return wording;
    }
}
