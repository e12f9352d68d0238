package ca.pratiqueshlm.index.search;

import ca.pratiqueshlm.index.search.SearchIndex.Doc;
import ca.pratiqueshlm.index.search.SearchIndex.Facet;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the index as scripts that set globals, so the search page loads them with script elements:
 * that works from file://, where fetch and XHR do not. Keys are short and postings are delta-coded
 * ([first doc, weight, gap to next doc, weight, ...]); assets/js/search-engine.js reads the format.
 *
 * <p>Up to {@link #SPLIT_ABOVE} fiches, one script holds everything. Above, the first script holds only
 * what every query needs (settings, synonyms, facets and each fiche's facet values) and the rest is split
 * into parts the page loads when a query needs them: the vocabulary by first letter (for completions and
 * typos), the postings in runs of sorted terms, and the fiches' result data by groups of
 * {@link #DOCS_PER_PART}. docs/SEARCH.md gives the sizes.
 */
public final class SearchIndexScript {
    /** The global the first script sets. */
    public static final String GLOBAL = "PRATIQUES_RECHERCHE";
    /** The global object the parts add themselves to, by name. */
    public static final String PARTS_GLOBAL = "PRATIQUES_RECHERCHE_PARTIES";
    /** Where the index goes in the site. */
    public static final String PATH = "assets/search-index.js";
    /** Where its parts go, when it is split. */
    public static final String PARTS = "assets/recherche/";
    /** More fiches than this and the index is split. */
    public static final int SPLIT_ABOVE = 300;
    static final int DOCS_PER_PART = 8;
    /** Characters of postings per part: about 12 KB once compressed. */
    static final int POSTINGS_PER_PART = 40_000;
    static final int FORMAT = 3;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "/* Index de recherche généré par la construction du site ; ne pas modifier. */\n";

    private SearchIndexScript() {}

    /** Every file of the index, by path in the site, the first script first. */
    public static Map<String, String> files(SearchIndex index) {
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
        root.put("fv", index.docs().stream().map(Doc::facets).toList());
        Map<String, String> files = new LinkedHashMap<>();
        files.put(PATH, null); // first in the map, written last
        if (index.docs().size() <= SPLIT_ABOVE) {
            root.put("docs", index.docs().stream().map(SearchIndexScript::display).toList());
            root.put("terms", coded(index.postings()));
        } else {
            root.put("parts", split(index, files));
        }
        files.put(PATH, HEADER + "window." + GLOBAL + "=" + json(root) + ";\n");
        return files;
    }

    /** Writes the parts into {@code files} and returns what the first script says about them. */
    private static Map<String, Object> split(SearchIndex index, Map<String, String> files) {
        List<Doc> docs = index.docs();
        for (int from = 0; from < docs.size(); from += DOCS_PER_PART) {
            List<Map<String, Object>> group = docs.subList(from, Math.min(docs.size(), from + DOCS_PER_PART)).stream()
                    .map(SearchIndexScript::display).toList();
            part(files, "d" + (from / DOCS_PER_PART), group);
        }
        Map<String, Map<String, Integer>> vocabulary = new TreeMap<>();
        index.postings().forEach((term, pairs) -> {
            if (term.indexOf(' ') < 0) {
                vocabulary.computeIfAbsent(term.substring(0, 1), k -> new TreeMap<>()).put(term, pairs.length / 2);
            }
        });
        vocabulary.forEach((letter, terms) -> part(files, "v" + letter, terms));
        List<String> firsts = new ArrayList<>();
        Map<String, int[]> run = new LinkedHashMap<>();
        int size = 0;
        for (Map.Entry<String, int[]> entry : coded(index.postings()).entrySet()) {
            if (size > POSTINGS_PER_PART) {
                part(files, "t" + (firsts.size() - 1), run);
                run = new LinkedHashMap<>();
                size = 0;
            }
            if (run.isEmpty()) {
                firsts.add(entry.getKey());
            }
            run.put(entry.getKey(), entry.getValue());
            size += entry.getKey().length() + 4 * entry.getValue().length;
        }
        part(files, "t" + (firsts.size() - 1), run);
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("n", docs.size());
        parts.put("d", DOCS_PER_PART);
        parts.put("t", firsts);
        parts.put("letters", String.join("", vocabulary.keySet()));
        return parts;
    }

    private static void part(Map<String, String> files, String name, Object value) {
        files.put(PARTS + name + ".js", "(window." + PARTS_GLOBAL + "=window." + PARTS_GLOBAL + "||{})[\"" + name
                + "\"]=" + json(value) + ";\n");
    }

    private static Map<String, Object> display(Doc doc) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("t", doc.title());
        d.put("u", doc.url());
        d.put("p", doc.place());
        d.put("c", doc.category());
        d.put("d", doc.period());
        d.put("s", doc.summary());
        return d;
    }

    private static Map<String, int[]> coded(Map<String, int[]> postings) {
        Map<String, int[]> terms = new LinkedHashMap<>();
        postings.forEach((term, pairs) -> terms.put(term, deltas(pairs)));
        return terms;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
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
