package ca.pratiqueshlm.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Makes allowlisted raw HTML valid: the allowlist keeps safe elements and attributes, but not their
 * values or their places ({@code id="a b"}, {@code width="100%"}, a {@code <p>} directly in a list, a
 * second {@code <figcaption>}). Values that HTML does not allow are dropped; elements in a place HTML
 * does not allow are wrapped in the element that makes them valid, so no text is lost.
 */
final class HtmlNormaliser {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,6}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    private static final Set<String> SCOPES = Set.of("row", "col", "rowgroup", "colgroup");
    private static final Set<String> LISTS = Set.of("ul", "ol");

    private HtmlNormaliser() {}

    static void normalise(Element body) {
        for (Element element : body.select("[id]")) {
            String id = element.id().strip().replaceAll("\\s+", "-");
            if (id.isEmpty()) {
                element.removeAttr("id");
            } else {
                element.id(id);
            }
        }
        keepOnly(body, "img[width]", "width", DIGITS);
        keepOnly(body, "img[height]", "height", DIGITS);
        keepOnly(body, "ol[start]", "start", INTEGER);
        keepOnly(body, "a[hreflang]", "hreflang", LANGUAGE_TAG);
        for (Element cell : body.select("td, th")) {
            keepIfWithin(cell, "colspan", 1, 1000);
            keepIfWithin(cell, "rowspan", 0, 65534);
        }
        for (Element header : body.select("th[scope]")) {
            if (!SCOPES.contains(header.attr("scope").toLowerCase(java.util.Locale.ROOT))) {
                header.removeAttr("scope");
            }
        }
        for (Element image : body.select("img")) {
            if (image.attr("src").isBlank()) {
                // An image without a source shows nothing; its description still says something.
                image.replaceWith(new TextNode(image.attr("alt")));
            }
        }
        for (Element list : body.select("ul, ol")) {
            wrapStrayChildren(list, "li");
        }
        for (Element item : body.select("li")) {
            Element parent = item.parent();
            if (parent != null && !LISTS.contains(parent.normalName())) {
                item.wrap("<ul></ul>");
            }
        }
        for (Element list : body.select("dl")) {
            wrapStrayChildren(list, "dd");
            if (list.select("> dt").isEmpty() || list.select("> dd").isEmpty()) {
                // A definition list needs terms and definitions; without both it is plain text.
                list.select("> dt, > dd").tagName("p");
                list.tagName("div");
            }
        }
        for (Element term : body.select("dt, dd")) {
            Element parent = term.parent();
            if (parent == null || !parent.normalName().equals("dl")) {
                term.tagName("p");
            }
        }
        for (Element caption : body.select("figcaption")) {
            Element parent = caption.parent();
            boolean firstOfFigure = parent != null && parent.normalName().equals("figure")
                    && parent.selectFirst("> figcaption") == caption;
            if (!firstOfFigure) {
                caption.tagName("p");
            } else if (parent.firstElementChild() != caption && parent.lastElementChild() != caption) {
                parent.prependChild(caption); // HTML wants the caption first or last
            }
        }
    }

    private static void keepOnly(Element body, String selector, String attribute, Pattern valid) {
        for (Element element : body.select(selector)) {
            if (!valid.matcher(element.attr(attribute).strip()).matches()) {
                element.removeAttr(attribute);
            } else {
                element.attr(attribute, element.attr(attribute).strip());
            }
        }
    }

    private static void keepIfWithin(Element cell, String attribute, int min, int max) {
        if (!cell.hasAttr(attribute)) {
            return;
        }
        String value = cell.attr(attribute).strip();
        if (!DIGITS.matcher(value).matches() || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            cell.removeAttr(attribute);
        } else {
            cell.attr(attribute, value);
        }
    }

    /** Wraps each run of children that a list may not hold directly into one {@code wrapper} element. */
    private static void wrapStrayChildren(Element list, String wrapper) {
        Set<String> allowed = wrapper.equals("li") ? Set.of("li") : Set.of("dt", "dd", "div");
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(list.childNodes())) {
            boolean allowedHere = child instanceof Element element ? allowed.contains(element.normalName())
                    : !(child instanceof TextNode text) || text.isBlank();
            if (allowedHere) {
                wrap(run, wrapper);
            } else {
                run.add(child);
            }
        }
        wrap(run, wrapper);
    }

    private static void wrap(List<Node> run, String wrapper) {
        if (run.isEmpty()) {
            return;
        }
        Element holder = new Element(wrapper);
        run.get(0).before(holder);
        for (Node node : run) {
            holder.appendChild(node);
        }
        run.clear();
    }
}
