package ca.pratiqueshlm.plan.charts;

import java.util.List;

/**
 * Horizontal bars of fiche counts under headings: the label on the left, the bar, then the count, so
 * each bar says its value in words as well as by its length.
 */
public final class HorizontalBars {
    /** One bar; {@code href} null draws it without a link. */
    public record Bar(String label, String href, int count) {}

    /** A heading (linked when {@code href} is set) and its bars. */
    public record Section(String heading, String href, List<Bar> bars) {}

    private static final double ROW = 22;
    private static final double HEADING = 28;
    private static final String INK = "#1a1a1a";
    private static final String BAR = "#3d6fa5";

    private HorizontalBars() {}

    /**
     * @param label width of the label column, in the chart's units; labels longer than it are shortened
     *     (the link's name keeps them whole)
     */
    static String draw(String id, String kind, String title, String description, List<Section> sections,
            double label, double plot) {
        int max = sections.stream().flatMap(s -> s.bars().stream()).mapToInt(Bar::count).max().orElse(1);
        int rows = sections.stream().mapToInt(s -> s.bars().size()).sum();
        double height = sections.size() * HEADING + rows * ROW + 6;
        boolean linked = sections.stream().anyMatch(s -> s.href() != null
                || s.bars().stream().anyMatch(b -> b.href() != null));
        Svg svg = ChartFrame.open(id, kind, label + plot + 70, height, title, description, linked);
        int chars = (int) (label / 6.6);
        double y = 0;
        for (Section section : sections) {
            if (section.href() != null) {
                ChartFrame.link(svg, section.href(), section.heading());
            }
            svg.element("text", section.heading(), "x", 2, "y", y + 20, "font-size", 13, "font-weight", "bold",
                    "fill", section.href() != null ? "#1d4f8a" : INK, "aria-hidden", section.href() != null ? "true" : null);
            if (section.href() != null) {
                svg.close("a");
            }
            y += HEADING;
            for (Bar bar : section.bars()) {
                String count = bar.count() + (bar.count() > 1 ? " fiches" : " fiche");
                if (bar.href() != null) {
                    ChartFrame.link(svg, bar.href(), bar.label() + " : " + count);
                }
                svg.element("text", ChartFrame.shorten(bar.label(), chars), "x", 12, "y", y + 15, "font-size", 12,
                        "fill", bar.href() != null ? "#1d4f8a" : INK,
                        "text-decoration", bar.href() != null ? "underline" : null, "aria-hidden", "true");
                double length = Math.max(2, plot * bar.count() / max);
                svg.empty("rect", "x", label, "y", y + 4, "width", length, "height", 14, "fill", BAR,
                        "stroke", "#1b4270", "stroke-width", 1);
                svg.element("text", count, "x", label + length + 6, "y", y + 15, "font-size", 12, "fill", INK,
                        "aria-hidden", "true");
                if (bar.href() != null) {
                    svg.close("a");
                }
                y += ROW;
            }
        }
        return svg.close("svg").toString();
    }
}
