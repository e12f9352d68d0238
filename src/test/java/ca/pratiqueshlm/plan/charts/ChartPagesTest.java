package ca.pratiqueshlm.plan.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.model.Assumption;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Region;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.pipeline.SiteBuilder;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pictures on the real site: every link goes where it says, every count agrees with the pages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartPagesTest {
    private Path output;
    private Site model;

    @BeforeAll
    void build(@TempDir Path folder) {
        TestSite site = TestSite.copyOfRepository(folder);
        assertTrue(site.build().ok());
        output = site.output();
        model = new SiteBuilder(site.layout()).check().get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "regions/index.html"})
    void theMapLinksEachRegionWithTheCountOfItsPage(String page) {
        Element map = page(page).selectFirst("figure svg.chart-carte");
        assertNotNull(map, "a map on " + page);
        assertEquals(18, map.select("a[href]").size(), "17 regions and « plusieurs régions »");
        for (Region region : model.registries().regions()) {
            long count = model.fiches().stream().filter(f -> f.place().region().equals(region.code())).count();
            Element link = map.select("a[href]").stream()
                    .filter(a -> a.attr("aria-label").startsWith(region.name() + " ")).findFirst().orElseThrow();
            Path target = resolve(page, link.attr("href"));
            String expected = count == 0 ? "aucune fiche" : count + (count > 1 ? " fiches" : " fiche");
            assertTrue(link.attr("aria-label").endsWith(" : " + expected), link.attr("aria-label"));
            assertTrue(link.text().contains(expected), "the count is written on the tile: " + link.text());
            if (count > 0) {
                assertEquals(output.resolve("regions/" + region.code() + ".html"), target);
                assertEquals(count, page(target).select("li.card").size(), "cards on the page of " + region.name());
            } else {
                assertEquals(output.resolve("regions/index.html"), target);
                // No section for a region without fiches: the tile leads to its row of the table, which says 0.
                Element row = page("regions/index.html").selectFirst("tr#region-" + region.code());
                assertEquals("0", row.selectFirst("td.num").text(), region.name());
            }
        }
    }

    @Test
    void theChronologyHasOneLinkedBarPerDatedFiche() {
        Element timeline = page("periodes.html").selectFirst("figure svg.chart-chronologie");
        assertNotNull(timeline);
        List<Element> bars = timeline.select("a[href]");
        Set<Path> targets = bars.stream().map(a -> resolve("periodes.html", a.attr("href"))).collect(Collectors.toSet());
        Set<Path> fiches = model.fiches().stream().filter(f -> f.period().start() != null)
                .map(f -> output.resolve("fiches/" + f.slug() + ".html")).collect(Collectors.toSet());
        assertEquals(fiches.size(), bars.size());
        assertEquals(fiches, targets);
        for (Element bar : bars) {
            assertNotNull(bar.selectFirst("rect"), "each link is a bar");
        }
        for (Fiche fiche : model.fiches().stream().filter(f -> f.period().start() != null).toList()) {
            Element bar = timeline.selectFirst("a[href=fiches/" + fiche.slug() + ".html]");
            assertTrue(bar.attr("aria-label").startsWith(fiche.title() + " : "), bar.attr("aria-label"));
            if (fiche.isEstimated(Assumption.START) || fiche.isEstimated(Assumption.END)) {
                assertTrue(bar.attr("aria-label").contains("estimé"), bar.attr("aria-label"));
                assertTrue(bar.selectFirst("rect").attr("fill").startsWith("url(#"), "hatched: " + fiche.slug());
            }
            if (fiche.period().end() == null) {
                assertTrue(bar.selectFirst("polygon") != null || bar.selectFirst("line[stroke-dasharray]") != null,
                        "an open end is drawn as such: " + fiche.slug());
            }
        }
    }

    @Test
    void theOutcomeChartBarsLinkToTheOutcomePages() {
        Element chart = page("retombees/index.html").selectFirst("figure svg.chart-retombees");
        assertNotNull(chart);
        List<Element> bars = chart.select("a[href$=.html]");
        long outcomes = model.registries().outcomes().stream()
                .filter(o -> model.fiches().stream().anyMatch(f -> f.outcomes().stream().anyMatch(s -> s.id().equals(o.id()))))
                .count();
        assertEquals(outcomes, bars.size());
        for (Element bar : bars) {
            Path target = resolve("retombees/index.html", bar.attr("href"));
            assertTrue(Files.exists(target), target.toString());
            String label = bar.attr("aria-label");
            int count = Integer.parseInt(label.replaceAll(".* : (\\d+) fiches?$", "$1"));
            long fichesOnPage = page(target).select("ul.statements > li > p:first-child a[href]").stream()
                    .map(a -> a.attr("href")).distinct().count();
            assertEquals(fichesOnPage, count, "the bar's count is the fiches of " + target.getFileName());
        }
    }

    @Test
    void aFichePageShowsItsRegionOnASmallMapAndACategoryPageItsChart() {
        Fiche fiche = model.fiches().get(0);
        Element locator = page("fiches/" + fiche.slug() + ".html").selectFirst("svg.chart-repere");
        String region = model.registries().region(fiche.place().region()).orElseThrow().name();
        assertTrue(locator.selectFirst("title").text().contains(region.equals("Plusieurs régions ou ensemble du Québec")
                ? "plusieurs régions" : region), locator.selectFirst("title").text());
        Element chart = page("categories/" + fiche.category() + ".html").selectFirst("figure svg.chart-categorie");
        assertNotNull(chart);
        assertTrue(chart.text().contains("Par région") && chart.text().contains("Par période de début"));
    }

    private Path resolve(String page, String href) {
        String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        return output.resolve(page).getParent().resolve(path).normalize();
    }

    private Document page(String path) {
        return page(output.resolve(path));
    }

    private static Document page(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
