package ca.pratiqueshlm.index.search;

import ca.pratiqueshlm.testing.HeadlessChromium;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page of the real site, opened from disk (file://) in headless Chromium. */
class SearchPageBrowserTest {
    @TempDir
    static Path folder;
    static TestSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        if (!HeadlessChromium.available()) {
            return; // each test says why it is skipped
        }
        site = BuiltSite.build(folder.resolve("project"));
        browser = HeadlessChromium.start(folder.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void blank() {
        HeadlessChromium.require();
        browser.get("about:blank");
    }

    private void open(String page) {
        browser.get(BuiltSite.url(site, page));
        waitFor(d -> !status().isEmpty());
    }

    private void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition::apply);
    }

    private String status() {
        return browser.findElement(By.id("etat-recherche")).getText();
    }

    private List<String> titles() {
        return browser.findElements(By.cssSelector("#resultats li h2 a")).stream().map(WebElement::getText).toList();
    }

    private WebElement facet(String facet, String value) {
        return browser.findElement(By.id("f-" + facet + "-" + value));
    }

    private int facetCount(String facet, String value) {
        return Integer.parseInt(browser.findElement(By.cssSelector("label[for='f-" + facet + "-" + value + "'] .facet-count"))
                .getText());
    }

    private String query() {
        String url = browser.getCurrentUrl();
        return url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
    }

    @Test
    void typingShowsRankedResultsWithTheWordsHighlighted() {
        open("recherche.html");
        assertEquals("22 fiches au total.", status(), "an empty query browses every fiche");
        browser.findElement(By.id("q")).sendKeys("jardins");
        waitFor(d -> status().startsWith("3 fiches trouvées"));
        assertTrue(titles().get(0).startsWith("Jardin collectif"), titles().toString());
        assertTrue(titles().get(1).startsWith("Jardin collectif"), titles().toString());
        List<String> marks = browser.findElements(By.cssSelector("#resultats mark")).stream().map(WebElement::getText).toList();
        assertTrue(marks.stream().anyMatch(m -> m.equalsIgnoreCase("jardin")), "summary highlights: " + marks);
        assertEquals("q=jardins", query());
        assertEquals("3 fiches trouvées pour « jardins ».", status());
    }

    @Test
    void partialWordsAndTyposFindFichesWhileTyping() {
        open("recherche.html");
        WebElement field = browser.findElement(By.id("q"));
        field.sendKeys("coupo");
        waitFor(d -> !titles().isEmpty() && titles().get(0).equals("Groupes de couponnage"));
        field.clear();
        field.sendKeys("couponage");
        waitFor(d -> status().contains("« couponage »"));
        assertEquals("Groupes de couponnage", titles().get(0));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Maissonnette");
        waitFor(d -> status().contains("« Maissonnette »"));
        assertEquals("La Maisonnette Berthelet", titles().get(0));
    }

    @Test
    void facetsCombineWithTheQueryAndCountLive() {
        open("recherche.html?q=locataires");
        int all = titles().size();
        int inMonteregie = facetCount("region", "16");
        assertTrue(inMonteregie > 0 && inMonteregie < all, inMonteregie + " of " + all);
        facet("region", "16").click();
        waitFor(d -> titles().size() == inMonteregie);
        assertTrue(query().contains("region=16"), query());
        assertEquals(all, facetCount("region", "16") + facetCount("region", "12") + facetCount("region", "06")
                + facetCount("region", "04") + facetCount("region", "03") + facetCount("region", "00"),
                "region counts ignore the region filter itself, so they add up to the query's results");
        int participation = facetCount("categorie", "participation-locataires");
        facet("categorie", "participation-locataires").click();
        waitFor(d -> titles().size() == participation);
        assertTrue(status().contains("avec ces filtres"), status());
        assertEquals("Filtres (2 actifs)", browser.findElement(By.cssSelector("#filtres summary")).getText());
        assertTrue(query().contains("categorie=participation-locataires"), query());
    }

    @Test
    void aValueRepeatedInTheAddressCountsOnce() {
        open("recherche.html?categorie=vivre-ensemble&categorie=vivre-ensemble");
        assertTrue(facet("categorie", "vivre-ensemble").isSelected());
        assertEquals("Filtres (1 actif)", browser.findElement(By.cssSelector("#filtres summary")).getText());
    }

    @Test
    void whenNoFicheHasEveryWordTheClosestAreShownAsPartialMatches() {
        open("recherche.html?q=jardin%20xyzzyq");
        assertEquals("Aucune fiche ne contient tous les mots de « jardin xyzzyq » ; 3 fiches en contiennent une partie.",
                status());
        assertTrue(titles().get(0).startsWith("Jardin collectif"), titles().toString());
        List<String> notes = browser.findElements(By.cssSelector("#resultats .result-partial-note")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Correspondance partielle : 1 terme sur 2", "Correspondance partielle : 1 terme sur 2",
                "Correspondance partielle : 1 terme sur 2"), notes);
    }

    @Test
    void aSynonymFindsFichesInOtherWords() {
        open("recherche.html?q=personnes%20âgées");
        assertTrue(titles().get(0).startsWith("Transport collectif"), titles().toString());
        List<String> marks = browser.findElements(By.cssSelector("#resultats mark")).stream().map(WebElement::getText).toList();
        assertTrue(marks.stream().anyMatch(m -> m.equalsIgnoreCase("aînés")), "the synonym is highlighted: " + marks);
    }

    @Test
    void emptyQueryWithFacetsBrowses() {
        open("recherche.html?habitation=cooperative");
        assertTrue(facet("habitation", "cooperative").isSelected());
        assertTrue(titles().contains("Jardin collectif à Dosquet"), titles().toString());
        assertEquals(titles().size() + " fiches avec ces filtres.", status());
        assertFalse(titles().contains("Multiboulot"));
    }

    @Test
    void theUrlRestoresTheSearchAndTheBackButtonUndoesAFilter() {
        open("recherche.html?q=police&categorie=vivre-ensemble");
        assertEquals("police", browser.findElement(By.id("q")).getAttribute("value"));
        assertTrue(facet("categorie", "vivre-ensemble").isSelected());
        List<String> before = titles();
        assertEquals("Intervention de proximité à la Place de la Rive", before.get(0));
        facet("region", "03").click();
        waitFor(d -> query().contains("region=03"));
        browser.navigate().back();
        waitFor(d -> !query().contains("region=03"));
        waitFor(d -> !facet("region", "03").isSelected());
        assertEquals(before, titles());
        assertTrue(facet("categorie", "vivre-ensemble").isSelected());
        browser.navigate().forward();
        waitFor(d -> facet("region", "03").isSelected());
        assertEquals(List.of("Intervention de proximité à la Place de la Rive"), titles());
    }

    @Test
    void theHeaderFormOfAnyPageLeadsToResults() {
        browser.get(BuiltSite.url(site, "fiches/multiboulot.html"));
        WebElement header = browser.findElement(By.id("recherche-entete"));
        header.sendKeys("Trois-Rivieres", Keys.ENTER);
        waitFor(d -> d.getCurrentUrl().contains("recherche.html") && !status().isEmpty());
        assertTrue(browser.getCurrentUrl().startsWith("file:"), browser.getCurrentUrl());
        assertEquals("Trois-Rivieres", browser.findElement(By.id("q")).getAttribute("value"));
        assertTrue(List.of("Multiboulot", "Agir ensemble").containsAll(titles().subList(0, 2)), titles().toString());
        browser.findElement(By.linkText("Multiboulot")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("fiches/multiboulot.html"));
    }

    @Test
    void keyboardAloneFiltersAndTheCountIsAnnounced() {
        open("recherche.html");
        WebElement status = browser.findElement(By.id("etat-recherche"));
        assertEquals("status", status.getAttribute("role"));
        assertEquals("polite", status.getAttribute("aria-live"));
        assertEquals("Mots recherchés", browser.findElement(By.cssSelector("label[for='q']")).getText());
        browser.findElement(By.id("q")).sendKeys("aînés transport");
        waitFor(d -> status().contains("« aînés transport »"));
        assertEquals("Transport collectif – service adapté aux aînés des Etchemins", titles().get(0));
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("Passer les filtres et aller aux résultats", browser.switchTo().activeElement().getText());
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("Filtres", browser.switchTo().activeElement().getText(), "the summary that folds the filters");
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("checkbox", focused.getAttribute("type"), "then come the filters");
        focused.sendKeys(Keys.SPACE);
        waitFor(d -> query().contains("categorie="));
        assertTrue(focused.isSelected());
        // Back to the skip link: Enter jumps over the filters to the count, then Tab reaches the first result.
        browser.findElement(By.id("q")).click();
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertEquals("etat-recherche", browser.switchTo().activeElement().getAttribute("id"));
        assertFalse(browser.getCurrentUrl().contains("#"), browser.getCurrentUrl());
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals(titles().get(0), browser.switchTo().activeElement().getText());
    }

    @Test
    void theJavaScriptAnalysisIsTheSameAsTheJavaOne() throws IOException {
        open("recherche.html");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestSite.REPOSITORY.resolve("content/fiches"))) {
            for (Path file : files.sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        texts.add(Files.readString(TestSite.REPOSITORY.resolve("content/data/partenaires.yaml"), StandardCharsets.UTF_8));
        texts.add("L’Œuvre des AÎNÉES d'aujourd'hui jusqu'à lorsqu'il ÉCOF-CDEC 2e 1re coopératives sociaux x xx");
        JavascriptExecutor js = browser;
        for (String text : texts) {
            Object fromJs = js.executeScript(
                    "return PratiquesRecherche.create(PRATIQUES_RECHERCHE).analyzer.terms(arguments[0]);", text);
            assertEquals(FrenchAnalyzer.terms(text), fromJs, "same terms in Java and JavaScript");
        }
    }
}
