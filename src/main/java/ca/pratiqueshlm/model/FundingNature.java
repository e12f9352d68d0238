package ca.pratiqueshlm.model;

/** What an amount of money stands for. */
public enum FundingNature implements Coded {
    SUPPORT("soutien", "Soutien accordé"),
    TOTAL_COST("cout-total", "Coût total"),
    OTHER("autre", "Autre montant");

    private final Wording wording;

    FundingNature(String code, String label) {
        this.wording = new Wording(code, label);
    }

    @Override
    public Wording wording() {
        return wording;
    }
}
