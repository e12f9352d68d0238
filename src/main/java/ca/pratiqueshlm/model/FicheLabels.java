package ca.pratiqueshlm.model;

import java.util.List;

/**
 * The French wording of the values whose truth depends on a source: a dated status, values the
 * source does not give (« non précisé par la source ») and values the editors estimated (« estimé »).
 * Every output (pages, cards, search, open data, feed, PDF) takes its wording from here, so none of
 * them can show an estimate as a fact or a 2014 status as today's.
 */
public final class FicheLabels {
    public static final String NOT_GIVEN = "non précisé par la source";
    public static final String ESTIMATED = "estimé";

    private FicheLabels() {}

    /** « En cours en 2014 selon LeBlanc et Vachon (2014) », « Terminée selon Bernier (2016) ». */
    public static String status(DatedStatus status, Registries registries) {
        String according = status.source() == null ? null : registries.source(status.source())
                .map(s -> s.shortAuthorsOrAll() + " (" + s.year() + ")").orElse(status.source());
        return switch (status.value()) {
            case ACTIVE -> "En cours en " + status.year() + " selon " + according;
            case ENDED -> "Terminée selon " + according;
            case UNKNOWN -> according == null ? "Statut " + NOT_GIVEN : "Statut non précisé par " + according;
        };
    }

    /**
     * "2008-2012", "depuis 2007" (a running practice), "2013 (estimé)-2016", "2013, fin non précisée par la
     * source", "début non précisé par la source".
     */
    public static String period(Fiche fiche) {
        Period period = fiche.period();
        String start = period.start() == null ? null : period.start() + mark(fiche, Assumption.START, "estimé");
        String end = period.end() == null ? null : period.end() + mark(fiche, Assumption.END, "estimé");
        if (start == null && end == null) {
            return "période " + NOT_GIVEN.replace("précisé", "précisée");
        }
        if (start == null) {
            return "début " + NOT_GIVEN + ", fin en " + end;
        }
        if (end == null) {
            return fiche.status().value() == Status.ACTIVE ? "depuis " + start
                    : start + ", fin " + NOT_GIVEN.replace("précisé", "précisée");
        }
        return period.start().equals(period.end()) && !fiche.isEstimated(Assumption.END) ? start : start + "-" + end;
    }

    /** The housing types as shown, each marked when estimated. */
    public static List<String> housingTypes(Fiche fiche) {
        return fiche.housingTypes().stream()
                .map(t -> t == HousingType.UNKNOWN ? t.label() : t.label() + mark(fiche, Assumption.HOUSING_TYPES, "estimé"))
                .toList();
    }

    /** The municipality as shown: null when absent (a regional practice), marked when unknown or estimated. */
    public static String municipality(Fiche fiche) {
        return placePart(fiche.place().municipality(), "municipalité non précisée par la source",
                mark(fiche, Assumption.MUNICIPALITY, "estimée"));
    }

    /** The MRC's name as shown after « MRC »: null when absent, marked when unknown or estimated. */
    public static String mrc(Fiche fiche) {
        return placePart(fiche.place().mrc(), "non précisée par la source", mark(fiche, Assumption.MRC, "estimée"));
    }

    /** " (estimé)" when the editors estimated that value, "" otherwise. */
    public static String mark(Fiche fiche, Assumption assumption, String agreedWord) {
        return fiche.isEstimated(assumption) ? " (" + agreedWord + ")" : "";
    }

    private static String placePart(String value, String unknown, String mark) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Place.isUnknown(value) ? unknown : value + mark;
    }
}
