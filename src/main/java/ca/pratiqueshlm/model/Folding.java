package ca.pratiqueshlm.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one accent folding of the Java code: slugs, suggestions, the A-Z index and the search analyser
 * all compare text this way, so they agree on what "the same word" is.
 */
public final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {}

    /** Lower case, accents removed, ligatures opened: « Œuvre Aînés » gives « oeuvre aines ». */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
