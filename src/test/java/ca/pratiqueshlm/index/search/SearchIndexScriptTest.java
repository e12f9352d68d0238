package ca.pratiqueshlm.index.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.testing.Fixtures;
import ca.pratiqueshlm.testing.TestSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index the build writes for the search page, on small fixture sites. */
class SearchIndexScriptTest {
    @TempDir
    Path folder;

    private static TestSite twoFiches(Path folder) {
        TestSite site = TestSite.create(folder);
        site.fiche("jardin", "alias: [Potager des Lilas]\n");
        site.write("fiches/cuisine.md", Fixtures.fiche("categories_secondaires: [participation-locataires]\n")
                .replace("titre: Jardin collectif de test", "titre: Cuisine collective")
                .replace("resume: Un jardin que des locataires cultivent ensemble.", "resume: Des repas cuisinés ensemble.")
                .replace("types_habitation: [hlm]", "types_habitation: [cooperative]")
                .replace("debut: 2013", "debut: 1998")
                .replace("Les locataires cultivent un jardin ensemble.", "On y parle aussi du jardin voisin."));
        assertTrue(site.build().ok());
        return site;
    }

    private static JsonNode index(TestSite site) throws IOException {
        String script = site.read(SearchIndexScript.PATH);
        String prefix = "window." + SearchIndexScript.GLOBAL + "=";
        int start = script.indexOf(prefix) + prefix.length();
        return new ObjectMapper().readTree(script.substring(start, script.lastIndexOf(';')));
    }

    @Test
    void theSameContentGivesTheSameBytes() throws IOException {
        TestSite one = twoFiches(folder.resolve("one"));
        TestSite two = twoFiches(folder.resolve("two"));
        assertArrayEquals(Files.readAllBytes(one.output().resolve(SearchIndexScript.PATH)),
                Files.readAllBytes(two.output().resolve(SearchIndexScript.PATH)));
    }

    @Test
    void aTitleMatchWeighsMoreThanABodyMatch() throws IOException {
        JsonNode index = index(twoFiches(folder));
        List<String> titles = new ArrayList<>();
        index.get("docs").forEach(d -> titles.add(d.get("t").asText()));
        assertEquals(List.of("Cuisine collective", "Jardin collectif de test"), titles, "docs in title order");
        JsonNode jardin = index.get("terms").get("jardin");
        assertEquals(4, jardin.size(), "both fiches: " + jardin);
        int inBody = jardin.get(1).asInt();
        int inTitle = jardin.get(3).asInt();
        assertTrue(inTitle > 3 * inBody, "title " + inTitle + " vs body " + inBody);
    }

    @Test
    void aliasesAndPartnerAcronymsAndAliasesAreSearchable() throws IOException {
        JsonNode terms = index(twoFiches(folder)).get("terms");
        for (String term : List.of("potag", "lila", "omht", "omh", "test")) {
            assertTrue(terms.has(term), term);
        }
    }

    @Test
    void facetsListTheValuesTheFichesUse() throws IOException {
        JsonNode index = index(twoFiches(folder));
        Map<String, List<String>> values = new java.util.LinkedHashMap<>();
        index.get("facets").forEach(f -> {
            List<String> ids = new ArrayList<>();
            f.get("values").forEach(v -> ids.add(v.get(0).asText()));
            values.put(f.get("id").asText(), ids);
        });
        assertEquals(List.of("categorie", "region", "habitation", "secteur", "theme", "periode"),
                List.copyOf(values.keySet()));
        assertEquals(List.of("vivre-ensemble", "participation-locataires"), values.get("categorie"));
        assertEquals(List.of("hlm", "cooperative"), values.get("habitation"));
        assertEquals(List.of("habitation"), values.get("secteur"));
        assertEquals(List.of("1990", "2010"), values.get("periode"));
        JsonNode cuisine = index.get("fv").get(0);
        assertEquals("[[0,1],[0],[1],[0],[0],[0]]", cuisine.toString());
    }

    @Test
    void theSearchPageLoadsItsScriptsRelativelyAndExplainsItselfWithoutJavaScript() {
        TestSite site = twoFiches(folder);
        String html = site.read("recherche.html");
        assertTrue(html.contains("<script src=\"assets/search-index.js\" defer></script>"), html);
        assertTrue(html.contains("<script src=\"assets/js/search.js\" defer></script>"), html);
        String noscript = html.substring(html.indexOf("<noscript>"), html.indexOf("</noscript>"));
        assertTrue(noscript.contains("JavaScript"), noscript);
        assertTrue(noscript.contains("href=\"categories/vivre-ensemble.html\""), noscript);
        assertTrue(noscript.contains("href=\"regions/index.html\""), noscript);
        assertTrue(html.contains("role=\"status\""), "a live region announces the count");
        assertTrue(html.contains("method=\"get\" hidden>"), "without JavaScript the useless form stays hidden");
    }
}
