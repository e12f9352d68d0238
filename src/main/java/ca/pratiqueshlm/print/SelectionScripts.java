package ca.pratiqueshlm.print;

import ca.pratiqueshlm.output.PageCompanions;
import ca.pratiqueshlm.plan.PageJob;
import ca.pratiqueshlm.plan.PrintPaths;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * What « Imprimer la sélection » (selection.html, assets/js/selection.js) prints: each fiche page's
 * {@code <article>} as published (typography included), in scripts of about twenty fiches each
 * ({@link PrintPaths#selectionScript}), which the selection page names fiche by fiche. Scripts, not
 * fetch, because browsers refuse fetch and XHR to a site opened from disk; a few fiches per script, so
 * the page loads only what the reader chose and a site of 1,000 fiches gets 50 files, not 1,000.
 */
public final class SelectionScripts implements PageCompanions {
    /** The object the scripts fill, slug to article markup. */
    public static final String GLOBAL = "PRATIQUES_SELECTION";
    private static final String FICHE_TEMPLATE = "fiche.ftl";
    private static final String START = "<article class=\"fiche\"";
    private static final String END = "</article>";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int fiches;

    /** @param fiches how many fiches the site has, which sets how many scripts hold them */
    public SelectionScripts(int fiches) {
        this.fiches = fiches;
    }

    /**
     * The piece of a fiche page, a statement that adds its article to {@link #GLOBAL}, made from the page
     * as it is written, so the fiche is rendered once; other pages have none.
     */
    @Override
    public List<Piece> of(PageJob job, String html) {
        if (!job.template().equals(FICHE_TEMPLATE)) {
            return List.of();
        }
        int start = html.indexOf(START);
        int end = html.lastIndexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException(job.path() + ": " + FICHE_TEMPLATE + " has no " + START + ">");
        }
        String slug = job.path().substring(job.path().lastIndexOf('/') + 1).replaceFirst("\\.html$", "");
        return List.of(new Piece(slug, "(window." + GLOBAL + "=window." + GLOBAL + "||{})[" + json(slug) + "]="
                + json(html.substring(start, end + END.length())) + ";\n"));
    }

    @Override
    public String fileOf(String slug) {
        return PrintPaths.selectionScript(slug, fiches);
    }

    private static String json(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("selection: " + e.getMessage(), e);
        }
    }
}
