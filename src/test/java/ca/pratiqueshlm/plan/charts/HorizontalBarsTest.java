package ca.pratiqueshlm.plan.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.plan.charts.HorizontalBars.Bar;
import ca.pratiqueshlm.plan.charts.HorizontalBars.Section;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HorizontalBarsTest {
    private static final List<Section> THEMES = List.of(
            new Section("Liens sociaux", "#theme-liens", List.of(new Bar("Liens sociaux renforcés", "liens.html", 6),
                    new Bar("Sentiment d'appartenance accru", "appartenance.html", 3))),
            new Section("Emploi", "#theme-emploi", List.of(new Bar("Retour en emploi", "emploi.html", 1))));

    @Test
    void outcomeBarsLinkToTheirPagesAndSayTheirCount() {
        Document chart = RegionMapTest.parse(OutcomeChart.of("retombees", THEMES));
        assertEquals(List.of("#theme-liens", "liens.html", "appartenance.html", "#theme-emploi", "emploi.html"),
                chart.select("a").eachAttr("href"));
        assertEquals("Sentiment d'appartenance accru : 3 fiches",
                chart.selectFirst("a[href=appartenance.html]").attr("aria-label"));
        assertTrue(chart.selectFirst("a[href=emploi.html]").text().contains("1 fiche"));
    }

    @Test
    void barLengthIsProportionalToTheCount() {
        Document chart = RegionMapTest.parse(OutcomeChart.of("retombees", THEMES));
        double six = Double.parseDouble(chart.selectFirst("a[href=liens.html] rect").attr("width"));
        double three = Double.parseDouble(chart.selectFirst("a[href=appartenance.html] rect").attr("width"));
        assertEquals(300, six, 0.01, "the largest count fills the plot");
        assertEquals(six / 2, three, 0.1);
    }

    @Test
    void categoryChartShowsRegionsThenPeriods() {
        Document chart = RegionMapTest.parse(CategoryChart.of("cat", "Vivre ensemble",
                new Section("Par région", null, List.of(new Bar("Chaudière-Appalaches", "#region-12", 4))),
                new Section("Par période de début", null, List.of(new Bar("2005-2009", "../periodes.html#annee-2007", 2)))));
        List<String> texts = chart.select("text").eachText();
        assertTrue(texts.indexOf("Par région") < texts.indexOf("Par période de début"), texts.toString());
        assertEquals(2, chart.select("a").size());
        assertTrue(chart.getElementById("cat-titre").text().contains("Vivre ensemble"));
    }

    @Test
    void longLabelsAreShortenedButTheLinkKeepsTheWholeName() {
        String label = "Amélioration de la qualité de vie et du sentiment de sécurité des locataires aînés";
        Document chart = RegionMapTest.parse(OutcomeChart.of("r", List.of(new Section("Thème", null,
                List.of(new Bar(label, "x.html", 2))))));
        assertEquals(label + " : 2 fiches", chart.selectFirst("a").attr("aria-label"));
        String shown = chart.selectFirst("a text").text();
        assertTrue(shown.endsWith("…") && shown.length() <= 46, shown);
    }
}
