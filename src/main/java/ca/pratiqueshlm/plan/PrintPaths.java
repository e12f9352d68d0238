package ca.pratiqueshlm.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where the printable outputs live: one PDF per fiche, its forum version, the booklets. */
public final class PrintPaths {
    /** The booklet with every fiche. */
    public static final String ALL_FICHES_BOOKLET = "pdf/livret-toutes-les-fiches.pdf";
    public static final String SELECTION = "selection.html";

    private PrintPaths() {}

    /** Where the selection page's scripts live (print.SelectionScripts). */
    public static final String SELECTION_SCRIPTS = "assets/selection/";
    /** How many fiches one selection script holds. */
    static final int FICHES_PER_SELECTION_SCRIPT = 20;

    /**
     * The selection script that holds each fiche, by slug, for the site's fiches in its order: twenty
     * fiches in a row per script, so the build writes each script as soon as its fiches' pages are
     * rendered instead of keeping every fiche's article until the end.
     */
    public static Map<String, String> selectionScripts(List<String> slugs) {
        Map<String, String> scripts = new LinkedHashMap<>();
        for (int i = 0; i < slugs.size(); i++) {
            scripts.put(slugs.get(i), SELECTION_SCRIPTS + "fiches-" + (i / FICHES_PER_SELECTION_SCRIPT + 1) + ".js");
        }
        return scripts;
    }

    public static String pdf(String slug) {
        return "pdf/" + slug + ".pdf";
    }

    /** The two-page forum version; in a folder of its own so no slug can collide with it. */
    public static String forumPdf(String slug) {
        return "pdf/forum/" + slug + ".pdf";
    }

    public static String booklet(String categoryId) {
        return "pdf/livret-" + categoryId + ".pdf";
    }

    /** A named booklet of content/data/livrets.yaml; in a folder of its own so no category id can take its name. */
    public static String namedBooklet(String id) {
        return "pdf/livrets/" + id + ".pdf";
    }

    /** Where the selection page lists a named booklet: its booklet's cover points there. */
    public static String namedBookletAnchor(String id) {
        return "livret-" + id;
    }

    /** A region's booklet; region codes are digits, so no category id can take its name. */
    public static String regionBooklet(String regionCode) {
        return "pdf/livret-region-" + regionCode + ".pdf";
    }
}
