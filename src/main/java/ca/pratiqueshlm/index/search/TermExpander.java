package ca.pratiqueshlm.index.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The index terms a query word matches, each with its factor ({@link Matching}): its stem; completions
 * while it is typed, from three letters; and only when the stem is no index term (nor, while typed, a
 * prefix of one) near spellings with the same first letter: one edit from five letters, two from eight
 * if nothing is one edit away. A split index loads the vocabulary by first letter, hence that rule. The same rules as
 * {@code Engine.prototype.expand} in assets/js/search-engine.js.
 */
final class TermExpander {
    private final SortedMap<String, int[]> postings;
    /** Single terms, sorted; phrase terms (with a space) are matched whole, never completed or corrected. */
    private final List<String> vocabulary;
    private final Map<Integer, List<String>> byLength = new HashMap<>();

    TermExpander(SortedMap<String, int[]> postings) {
        this.postings = postings;
        this.vocabulary = postings.keySet().stream().filter(t -> t.indexOf(' ') < 0).toList();
        vocabulary.forEach(t -> byLength.computeIfAbsent(t.length(), k -> new ArrayList<>()).add(t));
    }

    Map<String, Double> expand(String word, boolean typing) {
        String stem = FrenchStemmer.stem(word);
        Map<String, Double> found = new LinkedHashMap<>();
        if (postings.containsKey(stem)) {
            found.put(stem, Matching.EXACT);
        }
        if (typing && stem.length() >= Matching.MIN_PREFIX) {
            List<String> prefixes = new ArrayList<>();
            int from = Collections.binarySearch(vocabulary, stem);
            for (int i = from < 0 ? -from - 1 : from; i < vocabulary.size() && vocabulary.get(i).startsWith(stem); i++) {
                if (!vocabulary.get(i).equals(stem)) {
                    prefixes.add(vocabulary.get(i));
                }
            }
            if (prefixes.size() > Matching.MAX_EXPANSIONS) {
                prefixes.sort(Comparator.comparingInt((String t) -> -postings.get(t).length)
                        .thenComparing(Comparator.naturalOrder()));
                prefixes = prefixes.subList(0, Matching.MAX_EXPANSIONS);
            }
            prefixes.forEach(t -> found.put(t, Matching.PREFIX));
        }
        if (found.isEmpty() && word.length() >= Matching.MIN_TYPO_LENGTH && stem.length() >= Matching.MIN_TYPO_LENGTH
                && word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            near(stem, 1, Matching.TYPO, found);
            if (found.isEmpty() && stem.length() >= Matching.MIN_TWO_TYPOS_LENGTH) {
                near(stem, 2, Matching.TWO_TYPOS, found);
            }
        }
        return found;
    }

    /**
     * Whether {@link #expand} reads the vocabulary of the stem's first letter for this word: for completions
     * while it is typed, or for near spellings when its stem is no index term. A split index keeps each
     * letter's vocabulary in a part of its own, which the page then loads (the bench counts it).
     */
    boolean readsVocabulary(String word, boolean typing) {
        String stem = FrenchStemmer.stem(word);
        if (typing && stem.length() >= Matching.MIN_PREFIX) {
            return true;
        }
        return !postings.containsKey(stem) && word.length() >= Matching.MIN_TYPO_LENGTH
                && stem.length() >= Matching.MIN_TYPO_LENGTH && word.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    private void near(String stem, int edits, double factor, Map<String, Double> found) {
        for (int length = stem.length() - edits; length <= stem.length() + edits; length++) {
            for (String candidate : byLength.getOrDefault(length, List.of())) {
                if (candidate.charAt(0) == stem.charAt(0) && distance(stem, candidate, edits) <= edits) {
                    found.put(candidate, factor);
                }
            }
        }
    }

    /** Edit distance with swaps of neighbours (optimal string alignment), or max + 1 once it exceeds max. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            d[i][0] = i;
            int low = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                low = Math.min(low, v);
            }
            if (low > max) {
                return max + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
