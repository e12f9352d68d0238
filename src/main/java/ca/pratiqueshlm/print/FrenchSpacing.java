package ca.pratiqueshlm.print;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * French typography on paper: the space an author typed before ; : ! ? » and after « becomes a
 * no-break space, so a line never starts with the punctuation or ends with an opening guillemet.
 * Spacing is not added where there was none; only text is touched, never addresses.
 */
final class FrenchSpacing {
    private static final Pattern BEFORE = Pattern.compile("(?<=\\S) (?=[;:!?»])");
    private static final Pattern AFTER = Pattern.compile("« ");

    private FrenchSpacing() {}

    static void apply(Element root) {
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !text.isBlank()) {
                String fixed = AFTER.matcher(BEFORE.matcher(text.getWholeText()).replaceAll("\u00a0"))
                        .replaceAll("«\u00a0");
                if (!fixed.equals(text.getWholeText())) {
                    text.text(fixed);
                }
            }
        }, root);
    }
}
