package ca.pratiqueshlm.index.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.pratiqueshlm.content.ResultStore;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.testing.Fixtures;
import ca.pratiqueshlm.testing.TestSite;
import ca.pratiqueshlm.validation.ContentLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each fiche's term weights are kept in the build cache: a new process analyses only the fiches whose
 * text changed, and an index built from kept weights is the one built from none. A change of the
 * synonyms (which come from the registries) analyses every fiche again.
 */
class KeptWeightsTest {
    /** A build cache in memory that counts what it computes. */
    private static final class CountingStore implements ResultStore {
        final Map<String, byte[]> kept = new HashMap<>();
        final AtomicInteger computed = new AtomicInteger();

        @Override
        public byte[] get(String stage, String input, java.util.function.Supplier<byte[]> compute) {
            return kept.computeIfAbsent(stage + '\0' + input, k -> {
                computed.incrementAndGet();
                return compute.get();
            });
        }
    }

    private static TestSite twoFiches(Path folder, String synonyms) {
        TestSite project = TestSite.create(folder);
        project.write("data/synonymes.yaml", synonyms);
        project.write("fiches/jardin.md", withBody("Les aînés cultivent un « jardin » d'hiver."));
        project.write("fiches/potager.md", withBody("Un potager pour les personnes âgées.")
                .replace("titre: Jardin collectif de test", "titre: Potager collectif de test"));
        return project;
    }

    private static String withBody(String body) {
        return Fixtures.fiche("").replace("Les locataires cultivent un jardin ensemble.", body);
    }

    private static Site load(TestSite project) {
        return new ContentLoader(project.layout()).load().value().orElseThrow();
    }

    /** Equal facets, results, synonyms and postings (whose arrays a record compares by reference). */
    private static void assertSameIndex(SearchIndex expected, SearchIndex actual) {
        assertEquals(expected.facets(), actual.facets());
        assertEquals(expected.docs(), actual.docs());
        assertEquals(expected.synonyms(), actual.synonyms());
        assertEquals(expected.postings().keySet(), actual.postings().keySet());
        expected.postings().forEach((term, pairs) -> assertArrayEquals(pairs, actual.postings().get(term), term));
    }

    private static SearchIndex index(Site site, ResultStore store) {
        return new SearchIndexBuilder(site, f -> "fiches/" + f.slug() + ".html", f -> f.place().municipality(),
                new ca.pratiqueshlm.model.FicheMemo<>(), new ca.pratiqueshlm.index.CollationKeys(), store).build();
    }

    @Test
    void keptWeightsGiveTheIndexComputedOnesGive(@TempDir Path folder) {
        TestSite project = twoFiches(folder.resolve("p"), "- [aînés, personnes âgées]\n");
        Site site = load(project);
        CountingStore store = new CountingStore();
        SearchIndex computed = index(site, ResultStore.NONE);
        assertSameIndex(computed, index(site, store));
        assertEquals(2, store.computed.get(), "one entry per fiche");
        assertSameIndex(computed, index(load(project), store));
        assertEquals(2, store.computed.get(), "read back by a later build: nothing analysed again");
        assertEquals(2, computed.postings().get("personn agee").length, "the phrase is a term of the fiche that says it");
    }

    @Test
    void anEditedFicheOrOtherSynonymsAreAnalysedAgain(@TempDir Path folder) {
        TestSite project = twoFiches(folder.resolve("p"), "- [aînés, personnes âgées]\n");
        CountingStore store = new CountingStore();
        index(load(project), store);
        project.write("fiches/jardin.md", withBody("Les aînés cultivent un jardin d'été."));
        Site edited = load(project);
        assertSameIndex(index(edited, ResultStore.NONE), index(edited, store));
        assertEquals(3, store.computed.get(), "only the edited fiche");

        project.write("data/synonymes.yaml", "- [aînés, gens âgés]\n");
        Site otherSynonyms = load(project);
        assertSameIndex(index(otherSynonyms, ResultStore.NONE), index(otherSynonyms, store));
        assertEquals(5, store.computed.get(), "both fiches, whose phrase terms may differ");
    }
}
