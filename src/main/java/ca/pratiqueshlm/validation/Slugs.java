package ca.pratiqueshlm.validation;

import ca.pratiqueshlm.model.Folding;
import java.util.regex.Pattern;

/** File names and ids: lowercase ascii words joined by hyphens. */
public final class Slugs {
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {}

    /** "index" names the list page of each section (partenaires/index.html): no entry may take it. */
    public static boolean isReserved(String slug) {
        return slug.equals("index");
    }

    public static boolean isValid(String slug) {
        return VALID.matcher(slug).matches();
    }

    /** "Jardin collectif à Dosquet" becomes "jardin-collectif-a-dosquet". */
    public static String slugify(String text) {
        String slug = Folding.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "fiche" : slug;
    }
}
