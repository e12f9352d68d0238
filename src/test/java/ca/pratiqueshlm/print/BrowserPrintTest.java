package ca.pratiqueshlm.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.pipeline.SiteBuilder;
import ca.pratiqueshlm.testing.HeadlessChromium;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a reader gets on paper when printing pages of the real site from Chromium. */
class BrowserPrintTest {
    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() throws IOException {
        HeadlessChromium.require();
        site = TestSite.copyOfRepository(dir.resolve("project"));
        // The pages are what is printed here; the PDFs have their own tests.
        assertTrue(new SiteBuilder(site.layout(), false).build(site.output()).ok());
    }

    @Test
    void typicalFichePrintsOnAtMostTwoLetterPagesWithTitleSourcesAndNoNavigation() throws Exception {
        Path pdf = Chromium.printToPdf(site.output().resolve("fiches/multiboulot.html"), dir.resolve("fiche.pdf"),
                dir.resolve("profile-cli"));
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertTrue(document.getNumberOfPages() <= 2, document.getNumberOfPages() + " pages");
            var box = document.getPage(0).getMediaBox();
            assertEquals(612, Math.round(box.getWidth()), "Letter width");
            assertEquals(792, Math.round(box.getHeight()), "Letter height");
            // Line breaks depend on the fonts installed: compare words, not lines.
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            assertTrue(text.contains("Multiboulot"), "title");
            assertTrue(text.contains("Sources") && text.contains("L\u2019innovation sociale en milieu HLM"), "sources");
            assertTrue(text.contains("https://pratiques-hlm.github.io/pratiques-hlm/fiches/multiboulot.html"),
                    "public address");
            for (String screenOnly : List.of("Aller au contenu", "Rechercher", "Fil des nouvelles fiches",
                    "Proposer une correction", "Fiches liées", "Imprimer plusieurs fiches", "Accueil")) {
                assertFalse(text.contains(screenOnly), "printed: " + screenOnly);
            }
        }
    }

    @Test
    void typicalFicheAlsoFitsTwoA4Pages() throws Exception {
        ChromeDriver driver = HeadlessChromium.start(dir.resolve("profile-a4"));
        try {
            driver.get(site.output().resolve("fiches/multiboulot.html").toUri().toString());
            // Once in a CI run the page printed without its text: print only once its fonts are ready.
            driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + " document.fonts.ready.then(function () { requestAnimationFrame(function () { done(); }); });");
            PrintOptions a4 = new PrintOptions();
            a4.setPageSize(new PageSize(29.7, 21.0));
            byte[] pdf = Base64.getDecoder().decode(driver.print(a4).getContent());
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertTrue(document.getNumberOfPages() <= 2, document.getNumberOfPages() + " A4 pages");
                assertEquals(595, document.getPage(0).getMediaBox().getWidth(), 2, "A4 width");
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains("Multiboulot") && text.contains("Sources"), text);
            }
        } finally {
            driver.quit();
        }
    }

    /** From disk, as the site says it works: the chosen fiches come from scripts, not fetch. */
    @Test
    void selectionPagePrintsTheTickedFichesOnlyFromFile() throws Exception {
        ChromeDriver driver = HeadlessChromium.start(dir.resolve("profile-selenium"));
        try {
            driver.get(site.output().resolve("selection.html").toUri().toString());
            driver.findElement(By.id("choix-multiboulot")).click();
            driver.findElement(By.id("choix-jardin-collectif-dosquet")).click();
            assertEquals("2 fiches choisies.", driver.findElement(By.className("selection-status")).getText());
            // A headless browser has no print dialog: record the call instead.
            ((JavascriptExecutor) driver).executeScript("window.print = function () { window.printed = true; };");
            driver.findElement(By.xpath("//button[text()='Imprimer la sélection']")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                    ((JavascriptExecutor) d).executeScript("return window.printed === true;")));
            assertEquals(2, driver.findElements(By.cssSelector("#impression article.fiche")).size());
            // Only the scripts that hold the chosen fiches are loaded (a script holds twenty fiches).
            java.util.Set<String> named = new java.util.TreeSet<>();
            for (String slug : List.of("multiboulot", "jardin-collectif-dosquet")) {
                named.add(driver.findElement(By.cssSelector("li[data-fiche='" + slug + "']")).getAttribute("data-script"));
            }
            java.util.Set<String> loaded = new java.util.TreeSet<>();
            driver.findElements(By.cssSelector("script[src*='assets/selection/']"))
                    .forEach(script -> loaded.add(script.getAttribute("src").replaceFirst("^.*/assets/", "assets/")));
            assertEquals(named, loaded, "the scripts of the chosen fiches, each once");
            // The fiches' links were relative to fiches/: they still lead to the site's pages.
            String home = driver.findElement(By.cssSelector("#impression article.fiche .breadcrumb a")).getAttribute("href");
            assertEquals(site.output().resolve("index.html").toUri().toString().replace("file:///", "file:/"),
                    home.replace("file:///", "file:/"));

            // Printing applies print.css: only the chosen fiches, each from a new page, no screen controls.
            byte[] pdf = Base64.getDecoder().decode(driver.print(new PrintOptions()).getContent());
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains("Multiboulot") && text.contains("Jardin collectif à Dosquet"), text);
                assertTrue(text.contains("Sources"), "each fiche's content, sources included");
                assertFalse(text.contains("Groupes de couponnage"), "a fiche that was not ticked");
                assertFalse(text.contains("Tout choisir"), "screen controls");
                assertFalse(text.contains("Imprimer des fiches"), "the selection page itself");
            }
        } finally {
            driver.quit();
        }
    }
}
