package ca.pratiqueshlm.index.search;

import ca.pratiqueshlm.model.Folding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns French text into search terms: folds case and accents, splits words (apostrophes and hyphens
 * separate them), drops elided articles (« l'office » gives « office ») and common function words,
 * then stems. The search page (assets/js/search-engine.js) analyses queries the same way, with the
 * settings this class writes into the index ({@link #forScript()}).
 */
public final class FrenchAnalyzer {
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

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

    /** The folded words of {@code text}, in order, function words included. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NON_WORD.split(fold(text))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
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
