package ca.pratiqueshlm.model;

/** The kind of social housing a practice takes place in. */
public enum HousingType implements Coded {
    HLM("hlm", "HLM (habitation à loyer modique)"),
    COOPERATIVE("cooperative", "Coopérative d'habitation"),
    OBNL("obnl", "OBNL d'habitation"),
    /** The sources do not say: shown as such, never guessed. Alone in its list. */
    UNKNOWN("inconnu", "Type d'habitation non précisé par la source");

    private final Wording wording;

    HousingType(String code, String label) {
        this.wording = new Wording(code, label);
    }

    @Override
    public Wording wording() {
        return wording;
    }
}
