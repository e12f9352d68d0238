package ca.pratiqueshlm.index.search;

import ca.pratiqueshlm.content.CodeFingerprint;
import ca.pratiqueshlm.content.Digests;
import ca.pratiqueshlm.content.ResultStore;
import ca.pratiqueshlm.model.Folding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A fiche's term weights kept in the build cache ({@code target/cache/search}), so a new process on an
 * unchanged or slightly changed project analyses only the fiches whose text changed: the analysis
 * (folding, splitting, stemming, synonym phrases) is the costliest part of the search index. The input
 * is the fiche's text by field, a digest of the synonym phrases (they come from the registries) and a
 * fingerprint of the analysing code, so an edited fiche, registry or analyser never reads a stale entry.
 */
final class KeptWeights {
    static final String STAGE = "search";
    private static final String CODE = CodeFingerprint.of(List.of(KeptWeights.class, SearchIndexBuilder.class,
            SearchField.class, FrenchAnalyzer.class, FrenchStemmer.class, Synonyms.class, Folding.class), List.of())
            // Folding decomposes with the JDK's Unicode tables.
            + ' ' + Runtime.version().feature();
    /** Separates a field's texts and marks an absent one: neither occurs in validated text. */
    private static final char NEXT = '\u001e';
    private static final char ABSENT = '\u001f';

    private final ResultStore store;
    private final String synonyms;

    KeptWeights(ResultStore store, Synonyms synonyms) {
        this.store = store;
        this.synonyms = Digests.checksum(synonyms.groups().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The weights for {@code texts}: read back when kept for the same texts, else computed and kept. */
    Map<String, Integer> of(Map<SearchField, List<String>> texts, Supplier<Map<String, Integer>> compute) {
        if (store == ResultStore.NONE) {
            return compute.get();
        }
        return decode(store.get(STAGE, input(texts), () -> encode(compute.get())));
    }

    private String input(Map<SearchField, List<String>> texts) {
        StringBuilder input = new StringBuilder(4096).append(CODE).append('\n').append(synonyms).append('\n');
        texts.forEach((field, parts) -> {
            input.append(field.name()).append('\n');
            for (String part : parts) {
                input.append(part == null ? String.valueOf(ABSENT) : part).append(NEXT);
            }
            input.append('\n');
        });
        return input.toString();
    }

    /** One "term weight" line per term, in term order (a phrase term holds spaces, a weight none). */
    static byte[] encode(Map<String, Integer> weights) {
        StringBuilder text = new StringBuilder(weights.size() * 12);
        new TreeMap<>(weights).forEach((term, weight) -> text.append(term).append(' ').append(weight).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, Integer> decode(byte[] kept) {
        String text = new String(kept, StandardCharsets.UTF_8);
        Map<String, Integer> weights = new TreeMap<>();
        int start = 0;
        while (start < text.length()) {
            // Phrase terms hold spaces: the weight follows the line's last one.
            int end = text.indexOf('\n', start);
            int space = text.lastIndexOf(' ', end);
            weights.put(text.substring(start, space), Integer.parseInt(text, space + 1, end, 10));
            start = end + 1;
        }
        return weights;
    }
}
