package ca.pratiqueshlm.plan;

/** Where each page of the site lives, and how to link to it from another page. */
public final class Paths {
    private Paths() {}

    public static String fiche(String slug) {
        return "fiches/" + slug + ".html";
    }

    public static String category(String id) {
        return "categories/" + id + ".html";
    }

    public static String partner(String id) {
        return "partenaires/" + id + ".html";
    }

    public static String outcome(String id) {
        return "retombees/" + id + ".html";
    }

    public static String region(String code) {
        return "regions/" + code + ".html";
    }

    public static String housingType(String code) {
        return "habitation/" + code + ".html";
    }

    public static String population(String id) {
        return "populations/" + id + ".html";
    }

    /** The year's place in the chronology of start years. */
    public static String startYear(int year) {
        return "periodes.html#annee-" + year;
    }

    public static String source(String id) {
        return "sources.html#source-" + id;
    }

    public static String programme(String id) {
        return "programmes/" + id + ".html";
    }

    public static String reference(String slug) {
        return "pages/" + slug + ".html";
    }

    /** "../" once per folder of {@code path}: prefix that turns a site path into a relative link. */
    public static String rootOf(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
