package ca.pratiqueshlm.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.pratiqueshlm.index.search.SearchEngine.Hit;
import ca.pratiqueshlm.testing.HeadlessChromium;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page's engine (JavaScript, in Chromium) and {@link SearchEngine} (Java) rank every relevance query
 * the same way, on the same built index, so the Java relevance test speaks for the page.
 */
class SearchEngineParityBrowserTest {
    @TempDir
    static Path folder;
    static ChromeDriver browser;
    static SearchEngine engine;

    @BeforeAll
    static void start() throws IOException {
        if (!HeadlessChromium.available()) {
            return; // each test says why it is skipped
        }
        TestSite site = BuiltSite.build(folder.resolve("project"));
        engine = new SearchEngine(SearchIndexReader.read(site.output()));
        browser = HeadlessChromium.start(folder.resolve("profile"));
        browser.get(BuiltSite.url(site, "recherche.html"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.id("etat-recherche")).getText().isEmpty());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void browserPresent() {
        HeadlessChromium.require();
    }

    static Stream<String> queries() {
        // The relevance queries, plus the same while still typed (prefixes) and a few odd ones.
        return Stream.concat(RelevanceQueries.all(),
                Stream.of("jard", "coupo", "personnes âg", "Maisonette ", "jardin xyzzyq", "l'", "2008", "a"));
    }

    @ParameterizedTest(name = "« {0} »")
    @MethodSource("queries")
    void bothEnginesRankAlike(String query) {
        List<String> java = engine.search(query).stream().map(h -> h.url() + (h.partial() ? " (partiel)" : ""))
                .toList();
        assertEquals(java, ranking(query), "JavaScript ranking, Java ranking being " + java);
    }

    @SuppressWarnings("unchecked")
    private static List<String> ranking(String query) {
        return (List<String>) browser.executeScript(
                "var engine = PratiquesRecherche.create(PRATIQUES_RECHERCHE);"
                        + "return engine.search(arguments[0], {}).results"
                        + ".map(function (r) { return engine.doc(r.id).u + (r.partial ? ' (partiel)' : ''); });", query);
    }
}
