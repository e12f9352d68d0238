package ca.pratiqueshlm.plan.charts;

/**
 * The outer element every chart shares: a viewBox that scales with the page, a title and a
 * description that name it for assistive technology, and a role that says whether it holds links.
 */
final class ChartFrame {
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
