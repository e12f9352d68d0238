package ca.pratiqueshlm.index.search;

import ca.pratiqueshlm.model.Folding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns French text into search terms: folds case and accents, splits words (apostrophes and hyphens
 * separate them), drops elided articles (« l'office » gives « office ») and common function words,
 * then stems. The search page (assets/js/search-engine.js) analyses queries the same way, with the
 * settings this class writes into the index ({@link #forScript()}).
 */
public final class FrenchAnalyzer {
    /** Function words, folded; elided forms (l, d, qu...) are here too, since apostrophes split words. */
    static final Set<String> STOP_WORDS = Set.of(
            "a", "au", "aux", "avec", "c", "ce", "ces", "cet", "cette", "d", "dans", "de", "des", "du", "elle",
            "elles", "en", "est", "et", "il", "ils", "j", "jusqu", "l", "la", "le", "les", "leur", "leurs",
            "lorsqu", "m", "n", "ne", "ni", "nos", "notre", "nous", "on", "ont", "ou", "par", "pas", "pour",
            "puisqu", "qu", "que", "qui", "s", "sa", "se", "ses", "son", "sont", "sur", "t", "un", "une", "y");

    private FrenchAnalyzer() {}

    /** The project's one folding ({@link Folding}), the first step of analysis. */
    public static String fold(String text) {
        return Folding.fold(text);
    }

    /** The analyser's settings, for the search page's script, which applies the same rules. */
    static Map<String, Object> forScript() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("stop", new TreeSet<>(STOP_WORDS));
        settings.put("suffixes", FrenchStemmer.SUFFIXES);
        settings.put("minStem", FrenchStemmer.MIN_STEM);
        settings.put("ligatures", Folding.LIGATURES);
        return settings;
    }

    /**
     * The folded words of {@code text}, in order, function words included: the runs of a-z and 0-9 (a
     * scan rather than a regular expression, as every fiche's text goes through here on every build).
     */
    public static List<String> words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean inWord = i < folded.length() && isWordChar(folded.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** The search terms of {@code text}, in order: stems of its words that are not function words. */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : words(text)) {
            if (!STOP_WORDS.contains(word)) {
                terms.add(FrenchStemmer.stem(word));
            }
        }
        return terms;
    }
}
