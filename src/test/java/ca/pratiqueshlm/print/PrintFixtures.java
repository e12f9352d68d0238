package ca.pratiqueshlm.print;

import ca.pratiqueshlm.testing.Fixtures;

/** Fiches for the print tests: a given title, category and summary on the valid fixture fiche. */
final class PrintFixtures {
    /** Every character of French typography the PDFs must carry intact. */
    static final String FRENCH = "Été, fève, à, ça, œuvre, « guillemets », l’apostrophe";

    private PrintFixtures() {}

    static String fiche(String title, String category, String summary) {
        return Fixtures.fiche("")
                .replace("titre: Jardin collectif de test", "titre: \"" + title + "\"")
                .replace("categorie: vivre-ensemble", "categorie: " + category)
                .replace("resume: Un jardin que des locataires cultivent ensemble.", "resume: \"" + summary + "\"");
    }
}
