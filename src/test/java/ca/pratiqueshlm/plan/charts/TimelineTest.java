package ca.pratiqueshlm.plan.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.plan.charts.Timeline.Bar;
import ca.pratiqueshlm.plan.charts.Timeline.End;
import ca.pratiqueshlm.plan.charts.Timeline.Group;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TimelineTest {
    private static final Bar ENDED = new Bar("Entente 2008-2012", "a.html", 2008, 2012, End.KNOWN, null, false, "2008-2012");
    private static final Bar ONGOING = new Bar("Jardin", "b.html", 2010, null, End.ONGOING, 2014, false,
            "depuis 2010, en cours en 2014");
    private static final Bar UNKNOWN = new Bar("Forum", "c.html", 2005, null, End.UNKNOWN, 2009, false,
            "depuis 2005, fin non précisée");
    private static final Bar ESTIMATED = new Bar("Colloque", "d.html", 2007, 2008, End.KNOWN, null, true,
            "2007-2008 (estimé)");

    private static Document timeline() {
        return RegionMapTest.parse(Timeline.of("chrono", "Chronologie", "Une barre par fiche",
                List.of(new Group("Vivre ensemble", List.of(ENDED, ONGOING)), new Group("Concertation", List.of(UNKNOWN, ESTIMATED)))));
    }

    @Test
    void oneLinkedBarPerFicheUnderItsGroup() {
        Document chart = timeline();
        assertEquals(4, chart.select("a[href]").size());
        assertEquals("Jardin : depuis 2010, en cours en 2014", chart.selectFirst("a[href=b.html]").attr("aria-label"));
        List<String> texts = chart.select("svg > text").eachText();
        assertTrue(texts.contains("Vivre ensemble") && texts.contains("Concertation"), texts.toString());
    }

    @Test
    void aLongerPeriodIsALongerBar() {
        Document chart = timeline();
        double fiveYears = width(chart.selectFirst("a[href=a.html] rect"));
        double twoYears = width(chart.selectFirst("a[href=d.html] rect"));
        assertEquals(fiveYears / 5, twoYears / 2, 0.2);
    }

    @Test
    void anOpenEndIsDrawnAsSuch() {
        Document chart = timeline();
        Element ongoing = chart.selectFirst("a[href=b.html]");
        assertNotNull(ongoing.selectFirst("polygon"), "an arrow: still running");
        assertTrue(ongoing.text().contains("en cours en 2014"));
        Element unknown = chart.selectFirst("a[href=c.html]");
        assertTrue(unknown.selectFirst("line").hasAttr("stroke-dasharray"), "a dotted line: end not given");
        assertTrue(unknown.text().contains("?"));
        assertNull(chart.selectFirst("a[href=a.html] polygon"));
        assertTrue(chart.selectFirst("a[href=d.html] rect").attr("fill").startsWith("url(#chrono-hachures"),
                "an estimated year is hatched");
    }

    @Test
    void axisYearsFollowTheData() {
        List<String> years = timeline().select("svg > text[text-anchor=middle]").eachText();
        assertEquals(List.of("2005", "2010", "2015"), years);
    }

    private static double width(Element rect) {
        return Double.parseDouble(rect.attr("width"));
    }
}
