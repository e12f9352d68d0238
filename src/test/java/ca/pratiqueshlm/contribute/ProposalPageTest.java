package ca.pratiqueshlm.contribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proposal page as built, before any script runs. */
class ProposalPageTest {
    @TempDir
    static Path folder;
    private static TestSite site;
    private static Document page;

    @BeforeAll
    static void build() {
        site = TestSite.create(folder).fiche("jardin", "");
        assertTrue(site.build().ok());
        page = Jsoup.parse(site.read("proposer.html"));
    }

    @Test
    void withoutJavaScriptTheFormIsHiddenAndTheGuideIsLinked() {
        assertTrue(page.getElementById("proposition").hasAttr("hidden"));
        Element notice = page.getElementById("sans-js");
        assertFalse(notice.hasAttr("hidden"));
        assertTrue(notice.text().contains("JavaScript"));
        String repository = page.getElementById("proposition").attr("data-repository");
        assertEquals("https://github.com/" + repository + "/blob/" + page.getElementById("proposition").attr("data-branch")
                + "/CONTRIBUTING.md", notice.selectFirst("a").attr("href"));
    }

    @Test
    void choicesAreTheRegistryIds() {
        assertEquals(List.of("", "vivre-ensemble", "participation-locataires", "reinsertion-sociale", "concertation-partenariat"),
                values("#categorie option"));
        List<String> regions = new java.util.ArrayList<>(List.of(""));
        new ca.pratiqueshlm.validation.RegistryLoader(site.layout()).load(new java.util.ArrayList<>()).regions()
                .forEach(r -> regions.add(r.code()));
        assertEquals(regions, values("#region option"));
        assertEquals(List.of("hlm", "cooperative", "obnl", "inconnu"), values("input[name=types_habitation]"));
        assertEquals(List.of("", "actif", "termine", "inconnu"), values("#statut option"));
        assertTrue(values("#source-1 option").contains("source-test"));
        assertTrue(values("#partenaire-1 option").contains("omh-test"));
        assertTrue(values("input[name=populations]").contains("familles"));
    }

    @Test
    void scriptIsExternalAndEveryFieldHasALabel() {
        assertTrue(page.select("script:not([src])").isEmpty(), "CSP forbids inline scripts");
        assertTrue(page.select("[style]").isEmpty(), "CSP forbids inline styles");
        assertEquals("assets/js/proposer.js", page.selectFirst("script[src]").attr("src"));
        for (Element control : page.select("#proposition input, #proposition select, #proposition textarea, #resultat textarea")) {
            assertEquals(1, page.select("label[for=" + control.id() + "]").size(), "label for " + control.id());
        }
    }

    @Test
    void everyPageLinksToTheFormFromTheFooter() {
        assertEquals("proposer.html", Jsoup.parse(site.read("index.html")).selectFirst("footer a:contains(Proposer une fiche)").attr("href"));
        assertEquals("../proposer.html",
                Jsoup.parse(site.read("fiches/jardin.html")).selectFirst("footer a:contains(Proposer une fiche)").attr("href"));
    }

    private static List<String> values(String selector) {
        return page.select(selector).stream().map(e -> e.attr("value")).toList();
    }
}
