package ca.pratiqueshlm.markdown;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds bodies nested deeper than any fiche needs, before the Markdown parser sees them: its
 * block and inline parsers recurse once per level, so a thousand "&gt;" or a list nested 700 deep
 * overflow the stack, and raw HTML nested 20,000 deep takes minutes. One linear scan, line by line.
 */
public final class NestingLimits {
    /** Quotes and lists nested this deep are already unreadable; the parser copes with far more. */
    public static final int MAX_BLOCK_DEPTH = 24;
    /** Raw HTML elements open at once (a table in a figure in a quote is about 8). */
    public static final int MAX_HTML_DEPTH = 64;

    private static final Pattern CONTAINER_MARKER = Pattern.compile("\\G(?:>[ \\t]*|(?:[-*+]|\\d{1,9}[.)])(?:[ \\t]+|$))");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(/?)>");
    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "link", "meta", "source", "track", "wbr");

    private NestingLimits() {}

    /** The first place where {@code body} is nested too deep, as a 0-based line and a French message. */
    public static Optional<Excess> check(String body) {
        String[] lines = body.split("\n", -1);
        boolean inFence = false;
        int htmlDepth = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            if (blockDepth(line) > MAX_BLOCK_DEPTH) {
                return Optional.of(new Excess(i, "citations ou listes imbriquées sur plus de " + MAX_BLOCK_DEPTH
                        + " niveaux", "simplifiez la structure : quelques niveaux suffisent toujours"));
            }
            Matcher tag = TAG.matcher(line);
            while (tag.find()) {
                String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
                if (!tag.group(1).isEmpty()) {
                    htmlDepth = Math.max(0, htmlDepth - 1);
                } else if (tag.group(3).isEmpty() && !VOID_ELEMENTS.contains(name)) {
                    htmlDepth++;
                    if (htmlDepth > MAX_HTML_DEPTH) {
                        return Optional.of(new Excess(i, "balises HTML imbriquées sur plus de " + MAX_HTML_DEPTH
                                + " niveaux", "fermez les balises ouvertes ou écrivez ce passage en Markdown"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Quote and list markers at the start of the line, plus indentation counted in steps of four columns. */
    private static int blockDepth(String line) {
        int column = 0;
        int index = 0;
        while (index < line.length() && (line.charAt(index) == ' ' || line.charAt(index) == '\t')) {
            column += line.charAt(index) == '\t' ? 4 - column % 4 : 1;
            index++;
        }
        int markers = 0;
        Matcher marker = CONTAINER_MARKER.matcher(line);
        marker.region(index, line.length());
        while (marker.find()) {
            markers++;
            marker.region(marker.end(), line.length());
        }
        return markers + column / 4;
    }

    /** Where and how a body exceeds a limit. */
    public record Excess(int line, String message, String hint) {}
}
