package ca.pratiqueshlm.index.search;

import ca.pratiqueshlm.index.search.SearchIndex.Doc;
import ca.pratiqueshlm.index.search.SearchIndex.Facet;
import ca.pratiqueshlm.index.search.SearchIndex.FacetValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Reads back the index a built site holds, as the search page sees it, so that {@link SearchEngine} can
 * rank on the very bytes the browser loads (relevance tests, benchmarks).
 */
public final class SearchIndexReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchIndexReader() {}

    /** The index of the site built into {@code site}, its parts put back together if it is split. */
    public static SearchIndex read(Path site) throws IOException {
        JsonNode root = script(site.resolve(SearchIndexScript.PATH));
        List<Facet> facets = new ArrayList<>();
        for (JsonNode f : root.get("facets")) {
            List<FacetValue> values = new ArrayList<>();
            f.get("values").forEach(v -> values.add(new FacetValue(v.get(0).asText(), v.get(1).asText())));
            facets.add(new Facet(f.get("id").asText(), f.get("label").asText(), values));
        }
        List<JsonNode> shown = new ArrayList<>();
        TreeMap<String, int[]> postings = new TreeMap<>();
        JsonNode parts = root.get("parts");
        if (parts == null) {
            root.get("docs").forEach(shown::add);
            addPostings(root.get("terms"), postings);
        } else {
            Path folder = site.resolve(SearchIndexScript.PARTS);
            int groups = (parts.get("n").asInt() + parts.get("d").asInt() - 1) / parts.get("d").asInt();
            for (int k = 0; k < groups; k++) {
                script(folder.resolve("d" + k + ".js")).forEach(shown::add);
            }
            for (int k = 0; k < parts.get("t").size(); k++) {
                addPostings(script(folder.resolve("t" + k + ".js")), postings);
            }
        }
        List<Doc> docs = new ArrayList<>();
        JsonNode facetValues = root.get("fv");
        for (int i = 0; i < shown.size(); i++) {
            JsonNode d = shown.get(i);
            List<List<Integer>> values = new ArrayList<>();
            facetValues.get(i).forEach(list -> {
                List<Integer> ids = new ArrayList<>();
                list.forEach(v -> ids.add(v.asInt()));
                values.add(ids);
            });
            docs.add(new Doc(d.get("t").asText(), d.get("u").asText(), d.get("p").asText(), d.get("c").asText(),
                    d.get("d").asText(), d.get("s").asText(), values));
        }
        List<List<String>> synonyms = new ArrayList<>();
        root.get("syn").forEach(g -> {
            List<String> members = new ArrayList<>();
            g.forEach(m -> members.add(m.asText()));
            synonyms.add(members);
        });
        return new SearchIndex(facets, docs, postings, synonyms);
    }

    private static void addPostings(JsonNode terms, TreeMap<String, int[]> postings) {
        terms.properties().forEach(e -> postings.put(e.getKey(), undelta(e.getValue())));
    }

    /** The JSON value a generated script assigns to its global. */
    static JsonNode script(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int start = text.contains(SearchIndexScript.PARTS_GLOBAL) ? text.indexOf("]=") + 2 : text.indexOf('=') + 1;
        return JSON.readTree(text.substring(start, text.lastIndexOf(';')));
    }

    private static int[] undelta(JsonNode coded) {
        int[] pairs = new int[coded.size()];
        int doc = 0;
        for (int k = 0; k < pairs.length; k += 2) {
            doc += coded.get(k).asInt();
            pairs[k] = doc;
            pairs[k + 1] = coded.get(k + 1).asInt();
        }
        return pairs;
    }
}
