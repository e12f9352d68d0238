package ca.pratiqueshlm.model;

/** The shared registries that fiches refer to by id. */
public enum Registry {
    NONE(""),
    CATEGORY("catégorie"),
    REGION("région"),
    POPULATION("population"),
    PARTNER("partenaire"),
    OUTCOME("retombée"),
    SOURCE("source"),
    PROGRAMME("programme"),
    FICHE("fiche");

    private final String frenchName;

    Registry(String frenchName) {
        this.frenchName = frenchName;
    }

    /** The registry's name in French, for messages ("partenaire inconnu"). */
    public String frenchName() {
        return frenchName;
    }

    /** The file an editor opens to add an entry. */
    public String fileName() {
        return switch (this) {
            case CATEGORY -> "content/data/categories.yaml";
            case REGION -> "content/data/regions.yaml";
            case POPULATION -> "content/data/populations.yaml";
            case PARTNER -> "content/data/partenaires.yaml";
            case OUTCOME -> "content/data/retombees.yaml";
            case SOURCE -> "content/data/sources.yaml";
            case PROGRAMME -> "content/data/programmes.yaml";
            case FICHE -> "content/fiches/";
            case NONE -> "";
        };
    }
}
