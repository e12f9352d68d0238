package ca.pratiqueshlm.model;

/** What an amount of money stands for. */
public enum FundingNature implements Coded {
    SUPPORT("soutien", "Soutien accordé"),
    TOTAL_COST("cout-total", "Coût total"),
    OTHER("autre", "Autre montant");

    private final String code;
    private final String label;

    FundingNature(String code, String label) {
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
