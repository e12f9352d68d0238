package ca.pratiqueshlm.index.search;

import ca.pratiqueshlm.index.search.SearchIndex.Doc;
import ca.pratiqueshlm.index.search.SearchIndex.Facet;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the index as a script that sets a global, so the search page loads it with a script element:
 * that works from file://, where fetch and XHR do not. Keys are short and postings are delta-coded
 * ([first doc, weight, gap to next doc, weight, ...]) to keep the file small; the format is read by
 * assets/js/search-engine.js.
 */
public final class SearchIndexScript {
    /** The global the script sets. */
    public static final String GLOBAL = "PRATIQUES_RECHERCHE";
    /** Where the index goes in the site. */
    public static final String PATH = "assets/search-index.js";
    static final int FORMAT = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchIndexScript() {}

    public static String render(SearchIndex index) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("v", FORMAT);
        root.put("a", FrenchAnalyzer.forScript());
        root.put("m", Matching.forScript());
        root.put("syn", index.synonyms());
        List<Object> facets = new ArrayList<>();
        for (Facet facet : index.facets()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("id", facet.id());
            f.put("label", facet.label());
            f.put("values", facet.values().stream().map(v -> List.of(v.id(), v.label())).toList());
            facets.add(f);
        }
        root.put("facets", facets);
        List<Object> docs = new ArrayList<>();
        for (Doc doc : index.docs()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("t", doc.title());
            d.put("u", doc.url());
            d.put("p", doc.place());
            d.put("c", doc.category());
            d.put("d", doc.period());
            d.put("s", doc.summary());
            d.put("f", doc.facets());
            docs.add(d);
        }
        root.put("docs", docs);
        root.put("rank", SearchEngine.titleRanks(index.docs()));
        Map<String, int[]> terms = new LinkedHashMap<>();
        index.postings().forEach((term, pairs) -> terms.put(term, deltas(pairs)));
        root.put("terms", terms);
        try {
            return "/* Index de recherche généré par la construction du site ; ne pas modifier. */\n"
                    + "window." + GLOBAL + "=" + JSON.writeValueAsString(root) + ";\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("search index: " + e.getMessage(), e);
        }
    }

    private static int[] deltas(int[] pairs) {
        int[] coded = pairs.clone();
        for (int k = pairs.length - 2; k >= 2; k -= 2) {
            coded[k] = pairs[k] - pairs[k - 2];
        }
        return coded;
    }
}
