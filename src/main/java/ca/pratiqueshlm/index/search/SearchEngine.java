package ca.pratiqueshlm.index.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The search page's ranking, in Java: the same analysis, synonym units, term expansion and scoring as
 * assets/js/search-engine.js (without facets), so that relevance can be tested on any machine. The
 * browser tests check that both engines rank the same queries alike. docs/SEARCH.md explains the scoring.
 */
public final class SearchEngine {
    /** A query whose last word is still being typed: no space or sign after it. */
    static final Pattern OPEN = Pattern.compile("[\\p{L}\\p{N}]$");

    private final SearchIndex index;
    private final TermExpander expander;
    private final Map<String, Integer> groupOf = new HashMap<>();
    private final int longest;
    /** While {@link #lookups} runs: the terms looked up. */
    private java.util.Set<String> lookups;

    /** A ranked fiche: its position in the index, score, how many query units it has, and whether all. */
    public record Hit(int doc, String url, double score, int matched, boolean partial) {}

    public SearchEngine(SearchIndex index) {
        this.index = index;
        this.expander = new TermExpander(index.postings());
        int most = 1;
        for (int g = 0; g < index.synonyms().size(); g++) {
            for (String member : index.synonyms().get(g)) {
                groupOf.put(member, g);
                most = Math.max(most, member.split(" ").length);
            }
        }
        this.longest = most;
    }

    /** The fiches that match {@code query}, best first; all units required if some fiche has them all. */
    public List<Hit> search(String query) {
        List<String> words = FrenchAnalyzer.words(query).stream().filter(w -> !FrenchAnalyzer.STOP_WORDS.contains(w))
                .toList();
        boolean open = OPEN.matcher(query).find();
        int n = index.docs().size();
        double[] scores = new double[n];
        int[] matched = new int[n];
        List<Unit> units = units(words);
        for (Unit unit : units) {
            double[] unitScores = unitScores(unit, words, open);
            for (int d = 0; d < n; d++) {
                if (unitScores[d] > 0) {
                    scores[d] += unitScores[d];
                    matched[d]++;
                }
            }
        }
        int most = IntStream.of(matched).max().orElse(0);
        boolean partial = !units.isEmpty() && most < units.size();
        int required = units.isEmpty() ? 0 : partial ? 1 : units.size();
        List<Hit> hits = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            if (matched[d] >= required) {
                hits.add(new Hit(d, index.docs().get(d).url(), scores[d], matched[d], matched[d] < units.size()));
            }
        }
        hits.sort(Comparator.comparingInt((Hit h) -> -h.matched()).thenComparingDouble(h -> -h.score())
                .thenComparingInt(Hit::doc)); // docs are in title order
        return hits;
    }

    /** Query words from..to; a run that is a synonym member names its group. */
    private record Unit(int from, int to, String phrase, int group) {}

    /** Splits the words into units: the longest run of stems that is a synonym member, else one word. */
    private List<Unit> units(List<String> words) {
        List<String> stems = words.stream().map(FrenchStemmer::stem).toList();
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < words.size();) {
            int to = i + 1;
            int group = -1;
            for (int k = Math.min(longest, words.size() - i); k >= 1; k--) {
                Integer g = groupOf.get(String.join(" ", stems.subList(i, i + k)));
                if (g != null) {
                    to = i + k;
                    group = g;
                    break;
                }
            }
            units.add(new Unit(i, to, String.join(" ", stems.subList(i, to)), group));
            i = to;
        }
        return units;
    }

    /**
     * A unit's score per fiche: its words as typed (summed, if every word is there) or, if better, the
     * synonym phrase itself (exact) or another member of its group (a little less).
     */
    private double[] unitScores(Unit unit, List<String> words, boolean open) {
        int n = index.docs().size();
        double[] scores = new double[n];
        int[] hits = new int[n];
        for (int w = unit.from(); w < unit.to(); w++) {
            double[] best = best(expander.expand(words.get(w), open && w == words.size() - 1));
            for (int d = 0; d < n; d++) {
                if (best[d] > 0) {
                    scores[d] += best[d];
                    hits[d]++;
                }
            }
        }
        for (int d = 0; d < n; d++) {
            if (hits[d] < unit.to() - unit.from()) {
                scores[d] = 0;
            }
        }
        if (unit.group() >= 0) {
            Map<String, Double> alternatives = new HashMap<>();
            for (String member : index.synonyms().get(unit.group())) {
                alternatives.put(member, member.equals(unit.phrase()) ? Matching.EXACT : Matching.SYNONYM);
            }
            double[] synonym = best(alternatives);
            for (int d = 0; d < n; d++) {
                scores[d] = Math.max(scores[d], synonym[d]);
            }
        }
        return scores;
    }

    /** Every term a query looks up (stems, completions, near spellings, synonyms): what it must load. */
    /** The first letters whose vocabulary {@code query}'s words need (completions, near spellings). */
    public java.util.Set<Character> vocabularies(String query) {
        List<String> words = FrenchAnalyzer.words(query).stream().filter(w -> !FrenchAnalyzer.STOP_WORDS.contains(w))
                .toList();
        boolean open = OPEN.matcher(query).find();
        java.util.Set<Character> letters = new java.util.TreeSet<>();
        for (int w = 0; w < words.size(); w++) {
            if (expander.readsVocabulary(words.get(w), open && w == words.size() - 1)) {
                letters.add(FrenchStemmer.stem(words.get(w)).charAt(0));
            }
        }
        return letters;
    }

    public java.util.Set<String> lookups(String query) {
        lookups = new java.util.TreeSet<>();
        search(query);
        java.util.Set<String> terms = lookups;
        lookups = null;
        return terms;
    }

    /** Per fiche, the best factor × idf × weight over the given terms. */
    private double[] best(Map<String, Double> termFactors) {
        int n = index.docs().size();
        double[] best = new double[n];
        if (lookups != null) {
            lookups.addAll(termFactors.keySet());
        }
        termFactors.forEach((term, factor) -> {
            int[] pairs = index.postings().get(term);
            if (pairs == null) {
                return;
            }
            double idf = Math.log(1 + (double) n / (pairs.length / 2));
            for (int k = 0; k < pairs.length; k += 2) {
                best[pairs[k]] = Math.max(best[pairs[k]], factor * idf * pairs[k + 1]);
            }
        });
        return best;
    }
}
