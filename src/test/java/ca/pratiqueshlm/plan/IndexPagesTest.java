package ca.pratiqueshlm.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.pipeline.SiteBuilder;
import ca.pratiqueshlm.testing.IndexExpectations;
import ca.pratiqueshlm.testing.LinkChecker;
import ca.pratiqueshlm.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The browsing pages of a small site whose every count is known in advance. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexPagesTest {
    private TestSite site;
    private IndexExpectations expect;

    /** A fiche with the given place, partners, outcomes, populations, housing types and start year. */
    static String fiche(String title, String region, String municipality, String mrc, List<String> partners,
            List<String> outcomes, List<String> populations, List<String> types, int start, String category) {
        StringBuilder text = new StringBuilder("---\n")
                .append("titre: ").append(title).append('\n')
                .append("resume: Une pratique de test.\n")
                .append("categorie: ").append(category).append('\n')
                .append("lieu:\n");
        if (municipality != null) {
            text.append("  municipalite: ").append(municipality).append('\n');
        }
        if (mrc != null) {
            text.append("  mrc: ").append(mrc).append('\n');
        }
        text.append("  region: \"").append(region).append("\"\n")
                .append("types_habitation: ").append(types).append('\n')
                .append("periode:\n  debut: ").append(start).append('\n')
                .append("statut: {valeur: inconnu}\n")
                .append("populations: ").append(populations).append('\n')
                .append("objectifs:\n  - Un objectif\n")
                .append("activites:\n  - Une activité\n");
        if (!partners.isEmpty()) {
            text.append("partenaires:\n");
            partners.forEach(p -> text.append("  - id: ").append(p).append("\n    role: Rôle de ").append(p).append('\n'));
        }
        if (!outcomes.isEmpty()) {
            text.append("retombees:\n");
            outcomes.forEach(o -> text.append("  - id: ").append(o).append("\n    enonce: « ").append(o)
                    .append(" » selon ").append(title).append('\n'));
        }
        return text.append("sources:\n  - id: source-test\n    repere: page 1\n")
                .append("mise_a_jour: 2026-11-25\n---\nLe texte de la fiche.\n").toString();
    }

    @BeforeAll
    void build(@TempDir Path folder) {
        site = TestSite.create(folder);
        site.write("data/partenaires.yaml", """
                - id: omh-test
                  nom: Office municipal d'habitation de Test
                  sigle: OMHT
                  secteur: habitation
                  alias: [OMH de Test, office municipal d'habitation de test]
                - id: cisss-test
                  nom: Centre intégré de santé et de services sociaux de Test
                  sigle: CISSS de Test
                  secteur: sante-services-sociaux
                - id: fondation-test
                  nom: Fondation de Test
                  sigle: FT
                  secteur: philanthropie
                - id: ville-test
                  nom: Ville de Test
                  secteur: municipal
                """);
        site.write("data/retombees.yaml", """
                themes:
                  - {id: liens-sociaux, nom: Liens sociaux}
                  - {id: securite, nom: Sécurité}
                  - {id: emploi, nom: Emploi}
                retombees:
                  - {id: liens, libelle: Liens sociaux renforcés, theme: liens-sociaux}
                  - {id: appartenance, libelle: Sentiment d'appartenance accru, theme: liens-sociaux}
                  - {id: securite, libelle: Sentiment de sécurité accru, theme: securite}
                  - {id: emploi, libelle: Retour en emploi, theme: emploi}
                """);
        site.write("fiches/jardin-levis.md", fiche("Jardin de Lévis", "12", "Lévis", null,
                List.of("omh-test", "cisss-test"), List.of("liens", "appartenance"), List.of("familles"),
                List.of("hlm"), 2013, "vivre-ensemble"));
        site.write("fiches/cuisine-levis.md", fiche("Cuisine de Lévis", "12", "Lévis", null,
                List.of("omh-test"), List.of("liens"), List.of("familles", "aines"),
                List.of("hlm", "cooperative"), 2013, "vivre-ensemble"));
        site.write("fiches/transport-etchemins.md", fiche("Transport des Etchemins", "12", null, "Les Etchemins",
                List.of("cisss-test"), List.of("securite"), List.of("aines"),
                List.of("obnl"), 2008, "concertation-partenariat"));
        site.write("fiches/entente-regionale.md", fiche("Entente régionale", "12", null, null,
                List.of(), List.of(), List.of("familles"), List.of("hlm"), 2008, "concertation-partenariat")
                .replace("mise_a_jour:", "financement:\n  - montant: 4500\n    nature: soutien\n"
                        + "    bailleur: fondation-test\n    source: source-test\n    repere: tableau 2\nmise_a_jour:"));
        site.write("fiches/forum-quebec.md", fiche("Forum de Québec", "03", "Québec", null,
                List.of("omh-test"), List.of("liens", "liens"), List.of("familles"), List.of("hlm"), 1995,
                "participation-locataires"));
        assertTrue(site.build().ok());
        Site model = new SiteBuilder(site.layout()).check().get();
        expect = new IndexExpectations(model, site.output());
    }

    @Test
    void everyIndexCountAgreesWithTheFiches() {
        expect.verifyAll();
    }

    @Test
    void regionIndexShowsTheSeventeenRegionsThenMunicipalitiesThenFiches() {
        Document index = expect.page("regions/index.html");
        assertEquals(2, index.select("section[aria-labelledby^=region-]").size(), "only the regions that have fiches");
        assertEquals("Des fiches dans 2 régions administratives sur 17.", index.selectFirst("p.count").text());
        Element region = index.selectFirst("section[aria-labelledby=region-12]");
        assertEquals(List.of("Lévis (2 fiches)", "MRC Les Etchemins (1 fiche)", "Ensemble de la région (1 fiche)"),
                region.select("ul.localities > li").stream()
                        .map(li -> li.selectFirst("a").text() + " " + li.selectFirst(".meta").text()).toList());
        assertEquals(List.of("Cuisine de Lévis", "Jardin de Lévis"),
                region.select("ul.localities > li").first().select("ul a").eachText());
        assertEquals("12.html#lieu-levis", region.selectFirst("ul.localities a").attr("href"));
        assertNull(index.selectFirst("section[aria-labelledby=region-05]"), "no « Aucune fiche » section");
        assertEquals("0", index.select("tr:has(th:containsOwn(Estrie)) td.num").text(), "the table still shows every region");
        assertNotNull(expect.page("regions/12.html").getElementById("lieu-levis"));
    }

    @Test
    void partnerIndexResolvesAcronymsAndAliasesAndGroupsBySector() {
        Document index = expect.page("partenaires/index.html");
        // The A-Z lists canonical names only; acronyms and other names are on the partner's page.
        assertTrue(index.select("li.index-see").isEmpty(), "no cross-reference entries");
        assertFalse(index.text().contains("OMH de Test,"), index.text());
        assertEquals("Aussi appelé : OMHT, OMH de Test", expect.page("partenaires/omh-test.html").selectFirst("p.also-called").text().replace('\u00a0', ' '));
        // A partner that only funds an amount still has its page, with the amount.
        Document funder = expect.page("partenaires/fondation-test.html");
        assertTrue(funder.text().contains("4 500 $ (soutien accordé)"), funder.text());
        // A partner without fiche is not listed publicly.
        assertNull(index.getElementById("partenaire-ville-test"));
        assertFalse(index.text().contains("Ville de Test Municipal"), index.text());
        Element habitation = index.getElementById("secteur-habitation");
        assertNotNull(habitation);
        assertEquals(FrenchTypography.text("Office municipal d'habitation de Test (OMHT)"),
                habitation.nextElementSibling().selectFirst("a").text());
        Document cisss = expect.page("partenaires/cisss-test.html");
        assertEquals(List.of(FrenchTypography.text("Office municipal d'habitation de Test (OMHT) 1 fiche en commun")),
                cisss.select("h2:containsOwn(travaille) + ul li").eachText(), "partenaires de ses fiches");
        Document omh = expect.page("partenaires/omh-test.html");
        assertEquals(List.of("Rôle : Rôle de omh-test"), omh.select("li.card").first().select("p:has(strong)").eachText()
                .stream().map(t -> t.replace('\u00a0', ' ')).toList());
    }

    @Test
    void outcomePageQuotesEachStatementWithItsFiche() {
        Document index = expect.page("retombees/index.html");
        assertEquals("Liens sociaux (3 fiches)", index.getElementById("theme-liens-sociaux").text());
        assertTrue(index.getElementById("theme-emploi") == null, "un thème sans fiche n'est pas affiché");
        Document liens = expect.page("retombees/liens.html");
        assertEquals(4, liens.select("ul.statements > li").size(), "le Forum en donne deux");
        assertTrue(liens.text().contains(FrenchTypography.text("« liens » selon Cuisine de Lévis")));
    }

    @Test
    void chronologyAndTermPagesExistWithLinksFromHomeAndFooter() {
        Document home = expect.page("index.html");
        for (String path : List.of("retombees/index.html", "partenaires/index.html", "regions/index.html",
                "habitation/index.html", "populations/index.html", "periodes.html", "donnees.html")) {
            assertNotNull(home.selectFirst("main a[href=" + path + "]"), "accueil → " + path);
            assertNotNull(home.selectFirst("footer a[href=" + path + "]"), "pied de page → " + path);
            assertNotNull(expect.page("explorer.html").selectFirst("main a[href=" + path + "]"), "explorer → " + path);
        }
        assertNotNull(expect.page("fiches/jardin-levis.html").selectFirst("nav.site-nav a[href=../explorer.html]"),
                "la navigation principale mène à la page Explorer");
        Document chronology = expect.page("periodes.html");
        assertEquals(List.of("annee-1995", "annee-2008", "annee-2013"), chronology.select("ol.chronology h2").eachAttr("id"));
        Document habitation = expect.page("habitation/index.html");
        assertEquals(FrenchTypography.text("Coopérative d'habitation 1 fiche"), habitation.select("main ul.index-list li").get(1).text());
    }

    @Test
    void fichePageLinksEveryTermToItsPage() {
        Document fiche = expect.page("fiches/jardin-levis.html");
        List<String> hrefs = fiche.select("article a").eachAttr("href");
        for (String expected : List.of("../partenaires/omh-test.html", "../partenaires/cisss-test.html",
                "../retombees/liens.html", "../retombees/appartenance.html", "../regions/12.html",
                "../sources.html#source-source-test", "../habitation/hlm.html", "../populations/familles.html",
                "../periodes.html#annee-2013", "../categories/vivre-ensemble.html")) {
            assertTrue(hrefs.contains(expected), expected + " absent de " + hrefs);
        }
        // Related fiches, best first: Cuisine shares a category, an outcome, a partner and the region.
        assertEquals("Cuisine de Lévis", fiche.select("section.related li.card h3").first().text());
        Document funded = expect.page("fiches/entente-regionale.html");
        assertNotNull(funded.selectFirst("a[href=../partenaires/fondation-test.html]"));
    }

    @Test
    void noBrokenInternalLink() {
        LinkChecker.Report report = LinkChecker.check(site.output());
        assertTrue(report.broken().isEmpty(), report.summary());
        assertTrue(Files.isRegularFile(site.output().resolve("fiches.json")));
    }
}
