package ca.pratiqueshlm.index.search;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the search page needs, computed at build time: one entry per fiche to show as a result, the
 * facets and their values, and for every term the fiches that contain it with a weight.
 *
 * @param postings term -> [doc, weight, doc, weight, ...], docs ascending; the arrays are not to be changed.
 *                 A term with a space is a synonym phrase ({@link Synonyms})
 * @param synonyms groups of equivalent terms or phrases ({@link Synonyms#groups()})
 */
public record SearchIndex(List<Facet> facets, List<Doc> docs, SortedMap<String, int[]> postings,
        List<List<String>> synonyms) {
    public SearchIndex {
        synonyms = synonyms.stream().map(List::copyOf).toList();
        facets = List.copyOf(facets);
        docs = List.copyOf(docs);
        postings = Collections.unmodifiableSortedMap(new TreeMap<>(postings));
    }

    /** A way to filter: a URL parameter name, a label and its values in display order. */
    public record Facet(String id, String label, List<FacetValue> values) {
        public Facet {
            values = List.copyOf(values);
        }
    }

    public record FacetValue(String id, String label) {}

    /**
     * A fiche as a result. {@code facets} holds, for each facet in order, the indexes of its values
     * this fiche has.
     */
    public record Doc(String title, String url, String place, String category, String period, String summary,
            List<List<Integer>> facets) {
        public Doc {
            facets = facets.stream().map(List::copyOf).toList();
        }
    }
}
