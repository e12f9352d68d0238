package ca.pratiqueshlm.plan.charts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outer element every chart shares: a viewBox that scales with the page, a title and a
 * description that name it for assistive technology, and a role that says whether it holds links.
 */
public final class ChartFrame {
    /** The size {@link #open} writes on the root element, the first width and height of the text. */
    private static final Pattern SIZE = Pattern.compile(" width=\"([0-9.]+)\" height=\"([0-9.]+)\"");

    private ChartFrame() {}

    /**
     * Opens {@code <svg>} with its title and description.
     *
     * @param linked true when the chart holds links: it is then a group whose links each get focus;
     *     otherwise one image whose name is its title
     */
    static Svg open(String id, String kind, double width, double height, String title, String description,
            boolean linked) {
        Svg svg = new Svg();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "id", id, "class", "chart chart-" + kind,
                "viewBox", "0 0 " + Svg.number(width) + " " + Svg.number(height),
                "width", width, "height", height, "font-family", "DejaVu Sans, sans-serif",
                "role", linked ? "group" : "img", "aria-labelledby", id + "-titre " + id + "-desc");
        svg.element("title", title, "id", id + "-titre");
        svg.element("desc", description, "id", id + "-desc");
        return svg;
    }

    /**
     * The same chart at a given width, its height kept in proportion: a page scales a chart by CSS, a
     * PDF page takes the size written on it (in CSS pixels, 96 to the inch).
     */
    public static String scaled(String svg, double width) {
        Matcher size = SIZE.matcher(svg);
        if (!size.find()) {
            throw new IllegalArgumentException("not a chart of ChartFrame");
        }
        double height = width * Double.parseDouble(size.group(2)) / Double.parseDouble(size.group(1));
        return svg.substring(0, size.start()) + " width=\"" + Svg.number(width) + "\" height=\"" + Svg.number(height)
                + "\"" + svg.substring(size.end());
    }

    /** A link around the shapes that follow; its name is spoken instead of the texts it holds. */
    static void link(Svg svg, String href, String name) {
        svg.open("a", "href", href, "aria-label", name);
        svg.element("title", name);
    }

    /** Shortens a label to about {@code max} characters at a word boundary, with an ellipsis. */
    static String shorten(String label, int max) {
        if (label.length() <= max) {
            return label;
        }
        int cut = label.lastIndexOf(' ', max - 1);
        return label.substring(0, cut > max / 2 ? cut : max - 1).replaceAll("[\\s,;:–-]+$", "") + "…";
    }
}
