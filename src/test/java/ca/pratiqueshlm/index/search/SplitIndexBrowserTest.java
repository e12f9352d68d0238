package ca.pratiqueshlm.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.testing.HeadlessChromium;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Above {@link SearchIndexScript#SPLIT_ABOVE} fiches the index is split into parts (docs/SEARCH.md). Opened
 * from disk, the search page answers a first query with the parts that query needs and no others (the
 * set {@link SearchIndexLoad} computes, which the bench's byte counts rely on), and ranks as
 * {@link SearchEngine} does on the whole index.
 */
class SplitIndexBrowserTest {
    @TempDir
    Path folder;

    @Test
    void aFirstQueryFromDiskLoadsOnlyThePartsItNeedsAndRanksAsJava() throws IOException {
        HeadlessChromium.require();
        TestSite site = TestSite.copyOfRepository(folder.resolve("project"));
        SyntheticFiches.write(site.root().resolve("content/fiches"), 300);
        assertTrue(site.build().ok());
        SearchIndex index = SearchIndexReader.read(site.output());
        assertTrue(index.docs().size() > SearchIndexScript.SPLIT_ABOVE, index.docs().size() + " fiches");
        long parts;
        try (Stream<Path> files = Files.list(site.output().resolve(SearchIndexScript.PARTS))) {
            parts = files.count();
        }
        SearchIndexLoad load = new SearchIndexLoad(index);
        SearchEngine engine = new SearchEngine(index);
        ChromeDriver browser = HeadlessChromium.start(folder.resolve("profile"));
        try {
            for (String query : List.of("jardin", "aînés transport", "Maisonette", "comité de locataires Lévis")) {
                browser.get(BuiltSite.url(site, "recherche.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("etat-recherche"))
                        .getText().contains("« " + query + " »"));
                List<String> java = engine.search(query).stream().limit(50).map(SearchEngine.Hit::url).toList();
                List<String> shown = browser.findElements(By.cssSelector("#resultats li h2 a")).stream()
                        .map(a -> a.getAttribute("href"))
                        .map(href -> href.substring(href.indexOf("/fiches/") + 1)).toList();
                assertTrue(!java.isEmpty(), "« " + query + " » finds fiches");
                assertEquals(java, shown, "the page's results for « " + query + " »");
                TreeSet<String> expected = load.firstQueryFiles(query);
                expected.remove(SearchIndexScript.PATH);
                TreeSet<String> loaded = new TreeSet<>(browser.findElements(By.cssSelector("head script[src*='/recherche/']"))
                        .stream().map(s -> s.getAttribute("src"))
                        .map(src -> SearchIndexScript.PARTS + src.substring(src.lastIndexOf('/') + 1)).toList());
                assertEquals(expected, loaded, "parts loaded for « " + query + " »");
                assertTrue(loaded.size() < parts, loaded.size() + " of " + parts + " parts for « " + query + " »");
            }
        } finally {
            browser.quit();
        }
    }
}
