package ca.pratiqueshlm.plan.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.plan.charts.RegionMap.RegionCount;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class RegionMapTest {
    /** The 17 regions and "00": Chaudière-Appalaches has 9 fiches, Montréal 2, "00" one, the rest none. */
    static List<RegionCount> regions() {
        List<RegionCount> regions = new ArrayList<>();
        for (int code = 1; code <= 17; code++) {
            String c = String.format("%02d", code);
            int count = c.equals("12") ? 9 : c.equals("06") ? 2 : 0;
            regions.add(new RegionCount(c, "Région " + c, count, "regions/" + c + ".html"));
        }
        regions.add(new RegionCount("00", "Plusieurs régions", 1, "regions/00.html"));
        return regions;
    }

    static Document parse(String svg) {
        return Jsoup.parse(svg, "", Parser.xmlParser());
    }

    @Test
    void everyRegionIsOneNamedLinkWithItsCount() {
        Document map = parse(RegionMap.counts("carte", "Carte", "Description", regions()));
        assertEquals(18, map.select("a[href]").size());
        Element chaudiere = map.selectFirst("a[href=regions/12.html]");
        assertEquals("Région 12 (12) : 9 fiches", chaudiere.attr("aria-label"));
        assertTrue(chaudiere.text().contains("9 fiches"), "the count is written on the tile");
        assertEquals("Région 05 (05) : aucune fiche", map.selectFirst("a[href=regions/05.html]").attr("aria-label"));
        assertEquals("Plusieurs régions : 1 fiche", map.selectFirst("a[href=regions/00.html]").attr("aria-label"));
        assertEquals("group", map.selectFirst("svg").attr("role"), "a group, so each link keeps its focus");
        assertEquals("carte-titre carte-desc", map.selectFirst("svg").attr("aria-labelledby"));
        assertEquals("Carte", map.getElementById("carte-titre").text());
    }

    @Test
    void moreFichesMeansADarkerTileAndTheLargestIsTheDarkest() {
        Document map = parse(RegionMap.counts("carte", "Carte", "Description", regions()));
        String none = map.selectFirst("a[href=regions/05.html] rect").attr("fill");
        String two = map.selectFirst("a[href=regions/06.html] rect").attr("fill");
        String most = map.selectFirst("a[href=regions/12.html] rect").attr("fill");
        assertEquals(RegionMap.SHADES.get(0), none);
        assertEquals(RegionMap.SHADES.get(4), most);
        assertTrue(RegionMap.SHADES.indexOf(two) > 0 && RegionMap.SHADES.indexOf(two) < 4, two);
        assertTrue(map.selectFirst("a[href=regions/00.html] rect").hasAttr("stroke-dasharray"), "00 is set apart");
    }

    @Test
    void theLegendNamesTheCountsOfEachShade() {
        Document map = parse(RegionMap.counts("carte", "Carte", "Description", regions()));
        String legend = map.select("svg > text").eachText().toString();
        assertTrue(legend.contains("Nombre de fiches"), legend);
        assertTrue(legend.contains("0") && legend.contains("9"), legend);
    }

    @Test
    void withoutLinksTheMapIsOneImage() {
        List<RegionCount> plain = regions().stream().map(r -> new RegionCount(r.code(), r.name(), r.count(), null)).toList();
        Document map = parse(RegionMap.counts("carte", "Carte", "Description", plain));
        assertEquals(0, map.select("a").size());
        assertEquals("img", map.selectFirst("svg").attr("role"));
    }

    @Test
    void theLocatorMarksOneRegionAndNamesIt() {
        Document map = parse(RegionMap.locator("repere", "12", "Chaudière-Appalaches"));
        assertEquals("img", map.selectFirst("svg").attr("role"));
        assertEquals(0, map.select("a").size());
        assertEquals(18, map.select("rect").size());
        assertEquals(1, map.select("rect[fill=" + RegionMap.SHADES.get(4) + "]").size());
        assertTrue(map.getElementById("repere-titre").text().contains("Chaudière-Appalaches"));
    }

    @Test
    void aRegionTheLayoutDoesNotKnowIsRefused() {
        List<RegionCount> odd = List.of(new RegionCount("18", "Inconnue", 1, null));
        assertThrows(IllegalArgumentException.class, () -> RegionMap.counts("c", "t", "d", odd));
    }

    @Test
    void sameDataSamePicture() {
        assertEquals(RegionMap.counts("c", "t", "d", regions()), RegionMap.counts("c", "t", "d", regions()));
    }
}
