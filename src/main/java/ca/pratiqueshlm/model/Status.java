package ca.pratiqueshlm.model;

/** Whether a practice still runs, as far as its sources tell. */
public enum Status implements Coded {
    ACTIVE("actif", "En cours"),
    ENDED("termine", "Terminée"),
    UNKNOWN("inconnu", "Statut inconnu");

    private final Wording wording;

    Status(String code, String label) {
        this.wording = new Wording(code, label);
    }

    @Override
    public Wording wording() {
        return wording;
    }
}
