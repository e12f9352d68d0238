package ca.pratiqueshlm.model;

/** Whether a practice still runs, as far as its sources tell. */
public enum Status implements Coded {
    ACTIVE("actif", "En cours"),
    ENDED("termine", "Terminée"),
    UNKNOWN("inconnu", "Statut inconnu");

    private final String code;
    private final String label;

    Status(String code, String label) {
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
