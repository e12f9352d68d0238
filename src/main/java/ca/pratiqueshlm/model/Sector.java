package ca.pratiqueshlm.model;

/** The sector a partner belongs to. */
public enum Sector implements Coded {
    HEALTH("sante-services-sociaux", "Santé et services sociaux"),
    HOUSING("habitation", "Habitation"),
    MUNICIPAL("municipal", "Municipal"),
    EMPLOYMENT("emploi", "Emploi"),
    EDUCATION("education", "Éducation"),
    PUBLIC_SAFETY("securite-publique", "Sécurité publique"),
    COMMUNITY("communautaire", "Communautaire"),
    PHILANTHROPY("philanthropie", "Philanthropie"),
    RESEARCH("recherche", "Recherche"),
    GOVERNMENT("gouvernement", "Gouvernement");

    private final Wording wording;

    Sector(String code, String label) {
        this.wording = new Wording(code, label);
    }

    @Override
    public Wording wording() {
        return wording;
    }
}
