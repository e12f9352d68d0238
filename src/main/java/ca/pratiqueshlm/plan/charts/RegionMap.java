package ca.pratiqueshlm.plan.charts;

import java.util.List;
import java.util.Map;

/**
 * A tile-grid cartogram of Quebec's 17 administrative regions: one tile per region, shaded by its
 * number of fiches, with its count written on it (so the picture reads in greyscale too).
 *
 * <p>The layout is ours, drawn for this site from the regions' relative positions on the official map
 * of the administrative regions (ministère des Affaires municipales et de l'Habitation): the north
 * shore of the St. Lawrence from Outaouais to Côte-Nord, the south shore from Montérégie to Gaspésie,
 * Laval and Montréal in the river, Estrie to the south, Abitibi-Témiscamingue and Saguenay–Lac-Saint-Jean
 * to the north-west and north, and Nord-du-Québec, more than half of Quebec's area, as a wide tile on top.
 * Region "00" (several regions or all of Quebec) is a tile set apart, bottom right.
 */
public final class RegionMap {
    /** A region, its fiche count and its page ({@code href} null: not a link). */
    public record RegionCount(String code, String name, int count, String href) {}

    /** Where a tile sits on the grid, how many columns it spans, and its short label. */
    private record Tile(int column, int row, int span, String shortName) {}

    private static final Map<String, Tile> TILES = Map.ofEntries(
            Map.entry("10", new Tile(1, 0, 3, "Nord-du-Québec")),
            Map.entry("08", new Tile(0, 1, 1, "Abitibi-Tém.")),
            Map.entry("02", new Tile(4, 1, 1, "Saguenay–LSJ")),
            Map.entry("09", new Tile(5, 1, 1, "Côte-Nord")),
            Map.entry("07", new Tile(0, 2, 1, "Outaouais")),
            Map.entry("15", new Tile(1, 2, 1, "Laurentides")),
            Map.entry("14", new Tile(2, 2, 1, "Lanaudière")),
            Map.entry("04", new Tile(3, 2, 1, "Mauricie")),
            Map.entry("03", new Tile(4, 2, 1, "Capitale-Nat.")),
            Map.entry("01", new Tile(5, 2, 1, "Bas-St-Laurent")),
            Map.entry("11", new Tile(6, 2, 1, "Gaspésie–Îles")),
            Map.entry("13", new Tile(1, 3, 1, "Laval")),
            Map.entry("06", new Tile(2, 3, 1, "Montréal")),
            Map.entry("17", new Tile(3, 3, 1, "Centre-du-Qc")),
            Map.entry("12", new Tile(4, 3, 1, "Chaudière-App.")),
            Map.entry("16", new Tile(2, 4, 1, "Montérégie")),
            Map.entry("05", new Tile(3, 4, 1, "Estrie")),
            Map.entry("00", new Tile(5, 4, 2, "Plusieurs régions")));

    /** Light to dark: each step darker in greyscale too; text turns white on the two darkest. */
    static final List<String> SHADES = List.of("#ffffff", "#dce8f4", "#a8c5e3", "#3d6fa5", "#1b4270");
    private static final double W = 118;
    private static final double H = 58;
    private static final double GAP = 4;
    private static final double TOP = 4;

    private RegionMap() {}

    /**
     * The map of fiche counts: each tile links to its region, its name says the count.
     *
     * @param regions the 17 regions and "00", in any order; a code the layout does not know is refused
     */
    public static String counts(String id, String title, String description, List<RegionCount> regions) {
        int max = regions.stream().mapToInt(RegionCount::count).max().orElse(0);
        double height = TOP + 5 * (H + GAP) + 26;
        Svg svg = ChartFrame.open(id, "carte", 7 * (W + GAP), height, title, description,
                regions.stream().anyMatch(r -> r.href() != null));
        for (RegionCount region : regions) {
            Tile tile = tile(region.code());
            int shade = shade(region.count(), max);
            String countLabel = region.count() == 0 ? "aucune fiche" : region.count() + (region.count() > 1 ? " fiches" : " fiche");
            String name = region.name() + (region.code().equals("00") ? "" : " (" + region.code() + ")") + " : "
                    + countLabel;
            if (region.href() != null) {
                ChartFrame.link(svg, region.href(), name);
            }
            tile(svg, tile, shade, region.code().equals("00"));
            double x = x(tile) + 6;
            String ink = shade >= 3 ? "#ffffff" : "#1a1a1a";
            svg.element("text", region.code().equals("00") ? "00" : region.code(), "x", x, "y", y(tile) + 15,
                    "font-size", 11, "fill", ink, "aria-hidden", "true");
            svg.element("text", tile.shortName(), "x", x, "y", y(tile) + 31, "font-size", 12, "fill", ink,
                    "font-weight", "bold", "aria-hidden", "true");
            svg.element("text", countLabel, "x", x, "y", y(tile) + 49, "font-size", 12, "fill", ink,
                    "aria-hidden", "true");
            if (region.href() != null) {
                svg.close("a");
            }
        }
        legend(svg, max, height - 8);
        return svg.close("svg").toString();
    }

    /** A small map with one region marked: where a fiche takes place, as an image without links. */
    public static String locator(String id, String code, String name) {
        String title = code.equals("00") ? "Pratique menée dans plusieurs régions du Québec"
                : "Pratique menée en " + name + ", région " + code + " sur la carte des régions du Québec";
        Svg svg = ChartFrame.open(id, "repere", 7 * (W + GAP), TOP + 5 * (H + GAP), title,
                "Carte schématique des 17 régions administratives, une case par région ; la région de la pratique est foncée.",
                false);
        TILES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            boolean here = e.getKey().equals(code);
            tile(svg, e.getValue(), here ? 4 : 1, e.getKey().equals("00"));
            if (here) {
                svg.element("text", e.getValue().shortName(), "x", x(e.getValue()) + 6, "y", y(e.getValue()) + 35,
                        "font-size", 14, "font-weight", "bold", "fill", "#ffffff");
            }
        });
        return svg.close("svg").toString();
    }

    private static Tile tile(String code) {
        Tile tile = TILES.get(code);
        if (tile == null) {
            throw new IllegalArgumentException("région inconnue de la carte : " + code);
        }
        return tile;
    }

    private static void tile(Svg svg, Tile tile, int shade, boolean apart) {
        svg.empty("rect", "x", x(tile), "y", y(tile), "width", tile.span() * (W + GAP) - GAP, "height", H, "rx", 4,
                "fill", SHADES.get(shade), "stroke", "#4a4a4a", "stroke-width", 1,
                "stroke-dasharray", apart ? "4 3" : null);
    }

    private static double x(Tile tile) {
        return tile.column() * (W + GAP) + GAP / 2;
    }

    private static double y(Tile tile) {
        return TOP + tile.row() * (H + GAP);
    }

    /**
     * 0 for none, then 1 to 4 on a logarithmic scale up to the largest count, which is always the
     * darkest: counts are skewed (one region holds most fiches), and 1, 2 and 5 fiches should differ.
     */
    static int shade(int count, int max) {
        if (count == 0) {
            return 0;
        }
        if (max <= 1) {
            return 4;
        }
        return 1 + (int) Math.round(3 * Math.log(count) / Math.log(max));
    }

    /** The shades in order with the counts they stand for, so the reader need not guess. */
    private static void legend(Svg svg, int max, double baseline) {
        svg.element("text", "Nombre de fiches :", "x", GAP / 2, "y", baseline, "font-size", 12, "fill", "#1a1a1a");
        double x = 150;
        for (int shade = 0; shade < SHADES.size(); shade++) {
            String label = legendLabel(shade, max);
            if (label == null) {
                continue;
            }
            svg.empty("rect", "x", x, "y", baseline - 11, "width", 16, "height", 13, "fill", SHADES.get(shade),
                    "stroke", "#4a4a4a", "stroke-width", 1);
            svg.element("text", label, "x", x + 20, "y", baseline, "font-size", 12, "fill", "#1a1a1a");
            x += 40 + 8 * label.length();
        }
    }

    /** The range of counts a shade stands for, or null when no count falls in it. */
    private static String legendLabel(int shade, int max) {
        int low = -1;
        int high = -1;
        for (int count = 0; count <= max; count++) {
            if (shade(count, max) == shade) {
                low = low < 0 ? count : low;
                high = count;
            }
        }
        if (low < 0) {
            return null;
        }
        return low == high ? String.valueOf(low) : low + " à " + high;
    }
}
