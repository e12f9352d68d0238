package ca.pratiqueshlm.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.index.search.SearchEngine.Hit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Relevance on the real fiches, without a browser: the index the build wrote, read back and ranked by
 * {@link SearchEngine}, the Java twin of the page's engine ({@code SearchEngineParityBrowserTest} checks
 * that both rank alike).
 */
class SearchRelevanceTest {
    @TempDir
    static Path folder;
    static SearchIndex index;
    static SearchEngine engine;

    @BeforeAll
    static void build() throws IOException {
        index = SearchIndexReader.read(BuiltSite.build(folder.resolve("project")).output());
        engine = new SearchEngine(index);
    }

    @ParameterizedTest(name = "« {0} » → {1}")
    @MethodSource("ca.pratiqueshlm.index.search.RelevanceQueries#topThree")
    void theExpectedFicheIsInTheTopThree(String query, String slug) {
        List<String> top = ranking(query).subList(0, Math.min(3, ranking(query).size()));
        assertTrue(top.contains("fiches/" + slug + ".html"), "top three for « " + query + " »: " + top);
    }

    @ParameterizedTest(name = "« {0} » = « {1} »")
    @MethodSource("ca.pratiqueshlm.index.search.RelevanceQueries#sameRanking")
    void inflectionsAccentsAndElisionsGiveTheSameRanking(String one, String other) {
        assertFalse(ranking(one).isEmpty(), one);
        assertEquals(ranking(one), ranking(other));
    }

    @Test
    void aSynonymFindsFichesThatNeverUseTheWordsTyped() {
        assertFalse(index.postings().containsKey("agee"), "no fiche says « âgées »");
        assertEquals("fiches/transport-collectif-aines-etchemins.html", ranking("personnes âgées").get(0));
        assertEquals(ranking("aînés").subList(0, 3), ranking("personnes âgées").subList(0, 3),
                "the same fiches lead for both ways of saying it");
    }

    @Test
    void aCorrectlySpelledWordIsNotCorrectedIntoAnother() {
        int[] hiver = index.postings().get("hiver");
        assertEquals(hiver.length / 2, engine.search("hiver").size(), "only the fiches that say « hiver »");
        assertTrue(index.postings().containsKey("diver"), "« divers » is in the index, one letter away");
    }

    @Test
    void withoutAFicheHavingEveryWordTheClosestOnesComeMarkedPartial() {
        List<Hit> hits = engine.search("jardin xyzzyq");
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(Hit::partial), "marked partial");
        assertTrue(hits.get(0).url().contains("jardin"), hits.get(0).url());
        List<Hit> complete = engine.search("jardin Dosquet");
        assertTrue(complete.stream().noneMatch(Hit::partial), "every word in every result");
    }

    @Test
    void fichesWithMoreOfTheWordsComeFirst() {
        List<Hit> hits = engine.search("tonte gazon deuil xyzzyq");
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).matched() >= hits.get(i).matched(), hits.toString());
        }
        assertEquals(2, hits.get(0).matched(), hits.get(0).toString());
    }

    private static List<String> ranking(String query) {
        return engine.search(query).stream().map(Hit::url).toList();
    }
}
