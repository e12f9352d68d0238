package ca.pratiqueshlm.testing;

/** Valid fiche text for tests, with fields to replace. */
public final class Fixtures {
    private Fixtures() {}

    /** The title of every fixture fiche (a later one in the same site adds its slug, see TestSite#fiche). */
    public static final String TITLE = "Jardin collectif de test";

    /** A complete valid fiche; {@code extraYaml} lines are appended to its front matter. */
    public static String fiche(String extraYaml) {
        return """
                ---
                titre: Jardin collectif de test
                resume: Un jardin que des locataires cultivent ensemble.
                categorie: vivre-ensemble
                lieu:
                  municipalite: Lévis
                  region: "12"
                types_habitation: [hlm]
                periode:
                  debut: 2013
                statut: {valeur: actif, annee: 2014, source: source-test}
                populations: [familles]
                objectifs:
                  - Créer un lieu de rencontre
                activites:
                  - Jardinage en groupe
                partenaires:
                  - id: omh-test
                    role: Porteur
                retombees:
                  - id: liens
                    enonce: Les voisins se parlent davantage
                sources:
                  - id: source-test
                    repere: diapositive 3
                mise_a_jour: 2026-11-25
                """ + extraYaml + """
                ---
                Les locataires cultivent un jardin ensemble.
                """;
    }
}
