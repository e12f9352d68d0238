package ca.pratiqueshlm.index.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much each kind of match counts and how far a query word may be stretched. Written into the index
 * for the search page (assets/js/search-engine.js keeps no copy) and used by {@link SearchEngine}.
 */
public final class Matching {
    /** The query word's stem is the index term. */
    static final double EXACT = 1.0;
    /** Another member of the query's synonym group: just below the word itself. */
    static final double SYNONYM = 0.9;
    /** A completion of the word being typed. */
    static final double PREFIX = 0.6;
    /** One edit away, for a word the index does not have. */
    static final double TYPO = 0.5;
    /** Two edits away, for a long word with nothing one edit away. */
    static final double TWO_TYPOS = 0.35;
    /** Shorter words have too many neighbours to be corrected. */
    static final int MIN_TYPO_LENGTH = 5;
    static final int MIN_TWO_TYPOS_LENGTH = 8;
    /** Completions only from this many letters: shorter prefixes match too much to load or to read. */
    static final int MIN_PREFIX = 3;
    /** Completions kept for a short prefix, the most common first. */
    static final int MAX_EXPANSIONS = 60;

    private Matching() {}

    /** The values above, under the names the script reads. */
    static Map<String, Object> forScript() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("exact", EXACT);
        m.put("synonym", SYNONYM);
        m.put("prefix", PREFIX);
        m.put("typo", TYPO);
        m.put("typo2", TWO_TYPOS);
        m.put("minTypo", MIN_TYPO_LENGTH);
        m.put("minTypo2", MIN_TWO_TYPOS_LENGTH);
        m.put("minPrefix", MIN_PREFIX);
        m.put("maxExpansions", MAX_EXPANSIONS);
        return m;
    }
}
