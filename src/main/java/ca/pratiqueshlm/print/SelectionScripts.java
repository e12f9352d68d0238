package ca.pratiqueshlm.print;

import ca.pratiqueshlm.output.GeneratedFile;
import ca.pratiqueshlm.output.PageCompanions;
import ca.pratiqueshlm.plan.PageJob;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What « Imprimer la sélection » (selection.html, assets/js/selection.js) prints: for each fiche, a script
 * {@code assets/selection/<slug>.js} holding the fiche page's {@code <article>} as published (typography
 * included). Scripts, not fetch, because browsers refuse fetch and XHR to a site opened from disk; one per
 * fiche, so the page loads only the fiches the reader chose.
 */
public final class SelectionScripts {
    public static final String FOLDER = "assets/selection/";
    /** The object the scripts fill, slug to article markup. */
    public static final String GLOBAL = "PRATIQUES_SELECTION";
    private static final String FICHE_TEMPLATE = "fiche.ftl";
    private static final String START = "<article class=\"fiche\"";
    private static final String END = "</article>";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SelectionScripts() {}

    /**
     * The script of a fiche page, made from the page as it is written ({@link PageCompanions}), so the
     * fiche is rendered once; other pages have none.
     */
    public static List<GeneratedFile> of(PageJob job, String html) {
        if (!job.template().equals(FICHE_TEMPLATE)) {
            return List.of();
        }
        int start = html.indexOf(START);
        int end = html.lastIndexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException(job.path() + ": " + FICHE_TEMPLATE + " has no " + START + ">");
        }
        String name = job.path().substring(job.path().lastIndexOf('/') + 1).replaceFirst("\\.html$", "");
        String script = "(window." + GLOBAL + "=window." + GLOBAL + "||{})[" + json(name) + "]="
                + json(html.substring(start, end + END.length())) + ";\n";
        return List.of(new GeneratedFile(FOLDER + name + ".js", script.getBytes(StandardCharsets.UTF_8)));
    }

    private static String json(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("selection: " + e.getMessage(), e);
        }
    }
}
