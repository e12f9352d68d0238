package ca.pratiqueshlm.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one accent folding of the project: slugs, suggestions, the A-Z index and the search analyser all
 * compare text this way, and the search page's script receives {@link #LIGATURES} from the build, so they
 * all agree on what "the same word" is.
 */
public final class Folding {
    /** Ligatures opened before accents are removed (NFD does not split them). */
    public static final List<List<String>> LIGATURES = List.of(List.of("œ", "oe"), List.of("æ", "ae"));

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private Folding() {}

    /** Lower case, accents removed, ligatures opened: « Œuvre Aînés » gives « oeuvre aines ». */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (List<String> ligature : LIGATURES) {
            lower = lower.replace(ligature.get(0), ligature.get(1));
        }
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The folded words separated by single spaces: « L'Entr'amis (Longueuil) » gives « l entr amis longueuil ». */
    public static String words(String text) {
        return NON_WORD.matcher(fold(text)).replaceAll(" ").strip();
    }
}
