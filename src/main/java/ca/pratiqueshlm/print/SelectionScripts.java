package ca.pratiqueshlm.print;

import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.output.PageCompanions;
import ca.pratiqueshlm.plan.PageJob;
import ca.pratiqueshlm.plan.PrintPaths;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What « Imprimer la sélection » (selection.html, assets/js/selection.js) prints: each fiche page's
 * {@code <article>} as published (typography included), in scripts of twenty fiches each
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
    private static final byte[] START_BYTES = START.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_BYTES = END.getBytes(StandardCharsets.US_ASCII);
    /** What each piece starts with, before the fiche's slug. */
    private static final byte[] PIECE_START = ("(window." + GLOBAL + "=window." + GLOBAL + "||{})[")
            .getBytes(StandardCharsets.US_ASCII);

    /** Each fiche's script, by slug; and how many fiches each script holds. */
    private final Map<String, String> scriptOf;
    private final Map<String, Integer> sizes = new HashMap<>();

    /** @param slugs the site's fiches in its order (Site.fiches), which sets the script of each */
    public SelectionScripts(List<String> slugs) {
        scriptOf = PrintPaths.selectionScripts(slugs);
        scriptOf.values().forEach(script -> sizes.merge(script, 1, Integer::sum));
    }

    /** The scripts of {@code site}'s fiches. */
    public static SelectionScripts forSite(Site site) {
        return new SelectionScripts(site.fiches().stream().map(Fiche::slug).toList());
    }

    /**
     * The piece of a fiche page, a statement that adds its article to {@link #GLOBAL}, made from the page
     * as it is written, so the fiche is rendered once; other pages have none.
     */
    @Override
    public List<Piece> of(PageJob job, byte[] html) {
        if (!job.template().equals(FICHE_TEMPLATE)) {
            return List.of();
        }
        // Found in the bytes (the markers are ASCII): only the article is decoded.
        int start = indexOf(html, START_BYTES);
        int end = lastIndexOf(html, END_BYTES);
        if (start < 0 || end < start) {
            throw new IllegalStateException(job.path() + ": " + FICHE_TEMPLATE + " has no " + START + ">");
        }
        String name = job.path().substring(job.path().lastIndexOf('/') + 1);
        String slug = name.endsWith(".html") ? name.substring(0, name.length() - ".html".length()) : name;
        byte[] key = slug.getBytes(StandardCharsets.UTF_8);
        int articleEnd = end + END_BYTES.length;
        byte[] piece = new byte[PIECE_START.length + JsonString.length(key, 0, key.length) + 2
                + JsonString.length(html, start, articleEnd) + 2];
        System.arraycopy(PIECE_START, 0, piece, 0, PIECE_START.length);
        int at = JsonString.write(key, 0, key.length, piece, PIECE_START.length);
        piece[at++] = ']';
        piece[at++] = '=';
        at = JsonString.write(html, start, articleEnd, piece, at);
        piece[at++] = ';';
        piece[at] = '\n';
        return List.of(new Piece(slug, piece));
    }

    private static int indexOf(byte[] text, byte[] part) {
        for (int i = 0; i <= text.length - part.length; i++) {
            if (text[i] == part[0] && Arrays.equals(text, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] text, byte[] part) {
        for (int i = text.length - part.length; i >= 0; i--) {
            if (text[i] == part[0] && Arrays.equals(text, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String fileOf(String slug) {
        String script = scriptOf.get(slug);
        if (script == null) {
            throw new IllegalArgumentException("not a fiche of the site: " + slug);
        }
        return script;
    }

    @Override
    public int piecesIn(String file) {
        return sizes.getOrDefault(file, 0);
    }
}
