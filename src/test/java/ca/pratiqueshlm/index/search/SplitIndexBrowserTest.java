package ca.pratiqueshlm.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.testing.Fixtures;
import ca.pratiqueshlm.testing.HeadlessChromium;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Above {@link SearchIndexScript#SPLIT_ABOVE} fiches the index is split: the page loads the parts a query
 * needs with script elements, from disk, and shows the same results the Java engine ranks.
 */
class SplitIndexBrowserTest {
    @TempDir
    Path folder;

    @Test
    void aSplitIndexAnswersFromDiskAsTheJavaEngineRanks() throws IOException {
        HeadlessChromium.require();
        TestSite site = TestSite.create(folder.resolve("project"));
        int count = SearchIndexScript.SPLIT_ABOVE + 20;
        for (int i = 0; i < count; i++) {
            String title = i % 10 == 0 ? "Cuisine collective numéro %03d" : "Jardin numéro %03d";
            site.write(String.format("fiches/fiche-%03d.md", i), Fixtures.fiche("")
                    .replace("titre: Jardin collectif de test", String.format("titre: " + title, i)));
        }
        assertTrue(site.build().ok());
        assertTrue(Files.isRegularFile(site.output().resolve(SearchIndexScript.PARTS + "d0.js")), "the index is split");
        SearchEngine java = new SearchEngine(SearchIndexReader.read(site.output()));
        assertEquals(count, java.search("jardin").size(), "the Java engine reads the parts back");

        ChromeDriver browser = HeadlessChromium.start(folder.resolve("profile"));
        try {
            browser.get(BuiltSite.url(site, "recherche.html?q=cuisine"));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            List<String> expected = java.search("cuisine").stream().map(SearchEngine.Hit::url).toList();
            assertEquals(32, expected.size(), "the Java engine finds the 32 « Cuisine » fiches");
            wait.until(d -> status(browser).startsWith("32 fiches trouvées"));
            assertEquals(expected, links(browser), "same ranking as the Java engine");
            WebElement field = browser.findElement(By.id("q"));
            field.clear();
            field.sendKeys("numéro 005");
            wait.until(d -> status(browser).contains("« numéro 005 »"));
            assertEquals(List.of("Jardin numéro 005"), browser.findElements(By.cssSelector("#resultats li h2 a"))
                    .stream().map(WebElement::getText).toList());
            field.clear();
            field.sendKeys("jardin");
            wait.until(d -> status(browser).startsWith(count + " fiches trouvées"));
            assertEquals(50, browser.findElements(By.cssSelector("#resultats li")).size());
            browser.findElement(By.className("search-more")).click();
            wait.until(d -> d.findElements(By.cssSelector("#resultats li")).size() == 100);
        } finally {
            browser.quit();
        }
    }

    private static String status(ChromeDriver browser) {
        return browser.findElement(By.id("etat-recherche")).getText();
    }

    private static List<String> links(ChromeDriver browser) {
        String root = browser.getCurrentUrl().substring(0, browser.getCurrentUrl().lastIndexOf('/') + 1);
        return browser.findElements(By.cssSelector("#resultats li h2 a")).stream()
                .map(a -> a.getAttribute("href").substring(root.length())).toList();
    }
}
