package ca.pratiqueshlm.index.search;

import java.util.List;

/**
 * A light French stemmer for folded words (lower case, no accents): it drops the plural, then the
 * longest known suffix that leaves at least four letters, so that « locataires » and « locataire »,
 * « participer » and « participation », « policiers » and « police » meet on one stem.
 *
 * <p>assets/js/search-engine.js implements the same rules; the browser tests check that both agree
 * on a word list. Change both together.
 */
public final class FrenchStemmer {
    /** Longest first; each is tried only if it leaves a stem of {@link #MIN_STEM} letters or more. */
    static final List<String> SUFFIXES = List.of(
            "issement", "atrice", "ateur", "ation", "ative", "ement",
            "atif", "ment", "ance", "ence", "ique", "iste", "isme", "able", "ible", "euse", "iere", "tion",
            "age", "ite", "eur", "ier", "ive", "ion", "ant", "ee", "er", "if", "e");
    static final int MIN_STEM = 4;

    private FrenchStemmer() {}

    /** The stem of a folded word; words of four letters or fewer, and words with digits, are kept. */
    public static String stem(String word) {
        if (word.length() <= MIN_STEM || !lettersOnly(word)) {
            return word;
        }
        String w = word;
        if (w.endsWith("aux") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "al";
        } else if ((w.endsWith("s") && !w.endsWith("ss")) || w.endsWith("x")) {
            w = w.substring(0, w.length() - 1);
        }
        for (String suffix : SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= MIN_STEM) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    private static boolean lettersOnly(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
