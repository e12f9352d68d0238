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
    void theDescriptorOffersExactlyTheRegistryIdsAndEveryNameOfAPartner() throws Exception {
        com.fasterxml.jackson.databind.JsonNode model = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(page.getElementById("modele-formulaire").data());
        var registries = new ca.pratiqueshlm.validation.RegistryLoader(site.layout()).load(new java.util.ArrayList<>());
        assertEquals(registries.categories().stream().map(c -> c.id()).toList(), ids(model.at("/registries/CATEGORY/choices")));
        assertEquals(registries.regions().stream().map(r -> r.code()).toList(), ids(model.at("/registries/REGION/choices")));
        assertEquals(registries.partners().stream().map(p -> p.id()).toList(), ids(model.at("/registries/PARTNER/choices")));
        assertEquals(registries.sources().stream().map(p -> p.id()).toList(), ids(model.at("/registries/SOURCE/choices")));
        com.fasterxml.jackson.databind.JsonNode omh = model.at("/registries/PARTNER/choices/0");
        var partner = registries.partners().get(0);
        assertTrue(omh.get("names").toString().contains(partner.name()), omh.toString());
        List<String> statuses = new java.util.ArrayList<>();
        for (var field : model.get("fields")) {
            if (field.get("key").asText().equals("statut")) {
                field.at("/fields/0/choices").forEach(c -> statuses.add(c.get("id").asText()));
            }
        }
        assertEquals(List.of("actif", "termine", "inconnu"), statuses, "enum codes from the model");
    }

    private static List<String> ids(com.fasterxml.jackson.databind.JsonNode choices) {
        List<String> ids = new java.util.ArrayList<>();
        choices.forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }

    @Test
    void scriptIsExternalAndEveryFieldHasALabel() {
        assertTrue(page.select("script:not([src]):not([type=application/json])").isEmpty(), "CSP forbids inline scripts");
        assertFalse(page.getElementById("modele-formulaire").data().contains("<"), "the descriptor cannot close its element");
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
