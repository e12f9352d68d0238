package ca.pratiqueshlm.plan.charts;

import java.util.List;

/**
 * One bar per fiche from its start year to its end year, grouped under headings (the categories).
 * An end the sources do not give is drawn as such: an arrow up to the year of the source that says the
 * practice is still running, or a dotted line and a question mark when nobody says; an estimated year
 * is hatched. Every bar links to its fiche.
 */
public final class Timeline {
    /** How a bar ends. */
    public enum End {
        /** The end year is known. */
        KNOWN,
        /** Still running according to a source of year {@code asOf}. */
        ONGOING,
        /** The sources do not say; {@code asOf} is the most recent of them. */
        UNKNOWN
    }

    /**
     * One practice. {@code end} is null unless {@link End#KNOWN}; {@code asOf} is the source year an
     * open end reaches; {@code detail} is written after the bar ("2008-2012", "depuis 2007…").
     */
    public record Bar(String label, String href, int start, Integer end, End kind, Integer asOf,
            boolean estimated, String detail) {}

    public record Group(String name, List<Bar> bars) {}

    private static final double LABEL = 262;
    private static final double PLOT = 300;
    private static final double WIDTH = LABEL + PLOT + 210;
    private static final double AXIS = 30;
    private static final double HEADING = 26;
    private static final double ROW = 20;
    private static final String INK = "#1a1a1a";
    private static final String BAR = "#1b4270";

    private Timeline() {}

    public static String of(String id, String title, String description, List<Group> groups) {
        List<Bar> all = groups.stream().flatMap(g -> g.bars().stream()).toList();
        int first = all.stream().mapToInt(Bar::start).min().orElse(2000);
        int last = all.stream().mapToInt(Timeline::lastYear).max().orElse(first);
        double year = PLOT / (last + 1 - first);
        double height = AXIS + groups.size() * HEADING + all.size() * ROW + 8;
        Svg svg = ChartFrame.open(id, "chronologie", WIDTH, height, title, description,
                all.stream().anyMatch(b -> b.href() != null));
        String hatch = id + "-hachures";
        svg.open("defs").open("pattern", "id", hatch, "width", 6, "height", 6, "patternUnits", "userSpaceOnUse",
                        "patternTransform", "rotate(45)")
                .empty("rect", "width", 6, "height", 6, "fill", "#ffffff")
                .empty("line", "x1", 0, "y1", 0, "x2", 0, "y2", 6, "stroke", BAR, "stroke-width", 3)
                .close("pattern").close("defs");
        axis(svg, first, last, year, height);
        double y = AXIS;
        for (Group group : groups) {
            svg.element("text", group.name(), "x", 2, "y", y + 18, "font-size", 13, "font-weight", "bold", "fill", INK);
            y += HEADING;
            for (Bar bar : group.bars()) {
                bar(svg, bar, y, x(bar.start(), first, year), year, first, hatch);
                y += ROW;
            }
        }
        return svg.close("svg").toString();
    }

    private static int lastYear(Bar bar) {
        int last = bar.end() != null ? bar.end() : bar.start();
        return bar.asOf() == null ? last : Math.max(last, bar.asOf());
    }

    private static double x(int year, int first, double width) {
        return LABEL + (year - first) * width;
    }

    /** A tick every five years, with its year on top and a light line down the chart. */
    private static void axis(Svg svg, int first, int last, double year, double height) {
        for (int y = (first + 4) / 5 * 5; y <= last + 1; y += 5) {
            double x = x(y, first, year);
            svg.empty("line", "x1", x, "y1", AXIS - 6, "x2", x, "y2", height - 4, "stroke", "#c4c4c4",
                    "stroke-width", 1);
            svg.element("text", String.valueOf(y), "x", x, "y", AXIS - 10, "font-size", 11, "fill", INK,
                    "text-anchor", "middle");
        }
    }

    private static void bar(Svg svg, Bar bar, double y, double x, double year, int first, String hatch) {
        boolean linked = bar.href() != null;
        if (linked) {
            ChartFrame.link(svg, bar.href(), bar.label() + " : " + bar.detail());
        }
        svg.element("text", ChartFrame.shorten(bar.label(), 40), "x", 2, "y", y + 14, "font-size", 12,
                "fill", linked ? "#1d4f8a" : INK, "text-decoration", linked ? "underline" : null,
                "aria-hidden", linked ? "true" : null);
        String fill = bar.estimated() ? "url(#" + hatch + ")" : BAR;
        double end = switch (bar.kind()) {
            case KNOWN -> x(bar.end() + 1, first, year);
            case ONGOING -> x(bar.asOf() + 1, first, year);
            case UNKNOWN -> x(bar.start() + 1, first, year);
        };
        svg.empty("rect", "x", x, "y", y + 4, "width", Math.max(end - x, 3), "height", 12, "fill", fill,
                "stroke", BAR, "stroke-width", 1);
        double after = end + 6;
        if (bar.kind() == End.ONGOING) {
            svg.empty("polygon", "points", Svg.number(end) + "," + Svg.number(y + 1) + " " + Svg.number(end + 8)
                    + "," + Svg.number(y + 10) + " " + Svg.number(end) + "," + Svg.number(y + 19), "fill", BAR);
            after = end + 12;
        } else if (bar.kind() == End.UNKNOWN) {
            double reach = Math.max(x((bar.asOf() == null ? bar.start() : bar.asOf()) + 1, first, year), end + 14);
            svg.empty("line", "x1", end, "y1", y + 10, "x2", reach, "y2", y + 10, "stroke", BAR, "stroke-width", 2,
                    "stroke-dasharray", "2 3");
            svg.element("text", "?", "x", reach + 3, "y", y + 14, "font-size", 12, "font-weight", "bold",
                    "fill", INK, "aria-hidden", "true");
            after = reach + 14;
        }
        svg.element("text", bar.detail(), "x", after, "y", y + 14, "font-size", 11, "fill", INK,
                "aria-hidden", linked ? "true" : null);
        if (linked) {
            svg.close("a");
        }
    }
}
