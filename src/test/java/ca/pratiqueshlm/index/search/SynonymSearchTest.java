package ca.pratiqueshlm.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.index.search.SearchEngine.Hit;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synonyms of content/data/synonymes.yaml and of the registries, on a small fixture site. */
class SynonymSearchTest {
    @TempDir
    Path folder;

    private static TestSite twoFiches(Path folder) {
        TestSite site = TestSite.create(folder);
        site.write("data/synonymes.yaml", "# groupes\n- [aînés, personnes âgées]\n");
        site.write("fiches/aines.md", ca.pratiqueshlm.testing.Fixtures.fiche("")
                .replace("resume: Un jardin que des locataires cultivent ensemble.", "resume: Un jardin pour les aînés."));
        site.write("fiches/agees.md", ca.pratiqueshlm.testing.Fixtures.fiche("")
                .replace("titre: Jardin collectif de test", "titre: Potager collectif de test")
                .replace("resume: Un jardin que des locataires cultivent ensemble.",
                        "resume: Un jardin pour les personnes âgées de Québec."));
        assertTrue(site.build().ok());
        return site;
    }

    private static List<String> ranking(SearchEngine engine, String query) {
        return engine.search(query).stream().map(Hit::url).toList();
    }

    @Test
    void theWordTypedComesFirstAndItsSynonymJustAfter() throws IOException {
        SearchEngine engine = new SearchEngine(SearchIndexReader.read(twoFiches(folder).output()));
        assertEquals(List.of("fiches/aines.html", "fiches/agees.html"), ranking(engine, "aînés"));
        assertEquals(List.of("fiches/agees.html", "fiches/aines.html"), ranking(engine, "personnes âgées"));
        assertEquals(List.of("fiches/agees.html", "fiches/aines.html"), ranking(engine, "collectif personnes âgées"),
                "a synonym inside a longer query");
    }

    @Test
    void registriesGiveSynonymsOfTheirOwn() throws IOException {
        SearchIndex index = SearchIndexReader.read(twoFiches(folder).output());
        assertTrue(index.synonyms().contains(List.of("aine", "personn agee")), index.synonyms().toString());
        assertTrue(index.synonyms().stream().anyMatch(g -> g.contains("chaud appalach") && g.contains("region 12")),
                "a region's name and code");
        assertTrue(index.synonyms().stream().anyMatch(g -> g.contains("hlm") && g.contains("habit loyer modiqu")),
                "a housing type's abbreviation");
        SearchEngine engine = new SearchEngine(index);
        assertEquals(2, engine.search("région 12").size(), "both fiches are in Chaudière-Appalaches");
    }
}
