package ca.pratiqueshlm.bench;

import ca.pratiqueshlm.index.search.Keystrokes;
import ca.pratiqueshlm.index.search.SearchIndex;
import ca.pratiqueshlm.index.search.SearchIndexScript;
import ca.pratiqueshlm.output.SiteWriter;
import ca.pratiqueshlm.pipeline.SiteBuilder;
import ca.pratiqueshlm.testing.HeadlessChromium;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real site's search page with a synthetic corpus's index in place of its own, typed into in headless
 * Chromium from {@code file://}. The page lists no fiche itself (facets, results and counts all come from
 * the index), so this measures what a reader of a site that size would get.
 */
final class SearchPageShell {
    /** Per keystroke: on the first fresh page load (index parts loaded as typed), and the best of all loads. */
    record Latency(double[] first, double[] best) {}

    private SearchPageShell() {}

    /** Builds the repository's site, without PDFs, into {@code folder}; returns the site's folder. */
    static Path build(Path repository, Path folder) throws IOException {
        TestSite site = TestSite.copyOfRepository(folder.resolve("projet"));
        var report = new SiteBuilder(site.layout(), false).build(site.output());
        if (!report.ok()) {
            throw new IllegalStateException("the real site does not build: " + report.problems());
        }
        return site.output();
    }

    static Latency keystrokes(Path site, SearchIndex index, List<String> queries, int passes) throws IOException {
        Files.deleteIfExists(site.resolve(SearchIndexScript.PATH));
        if (Files.isDirectory(site.resolve(SearchIndexScript.PARTS))) {
            SiteWriter.deleteTree(site.resolve(SearchIndexScript.PARTS));
        }
        for (Map.Entry<String, String> file : SearchIndexScript.files(index).entrySet()) {
            Path target = site.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
        ChromeDriver browser = HeadlessChromium.start(Files.createTempDirectory("search-profile-"));
        browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(10));
        try {
            double[] first = null;
            double[] best = null;
            for (int pass = 0; pass < passes; pass++) {
                browser.get(site.resolve("recherche.html").toUri().toString());
                new WebDriverWait(browser, Duration.ofSeconds(60))
                        .until(d -> !d.findElement(By.id("etat-recherche")).getText().isEmpty());
                double[] times = Keystrokes.time(browser, queries);
                if (first == null) {
                    first = times;
                    best = times.clone();
                }
                for (int k = 0; k < best.length; k++) {
                    best[k] = Math.min(best[k], times[k]);
                }
            }
            return new Latency(first, best);
        } finally {
            browser.quit();
        }
    }
}
