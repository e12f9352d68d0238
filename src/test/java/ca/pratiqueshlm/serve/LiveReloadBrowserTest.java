package ca.pratiqueshlm.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.testing.Fixtures;
import ca.pratiqueshlm.testing.HeadlessChromium;
import ca.pratiqueshlm.testing.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser reloads itself after a rebuild that changed it (and only then), under the
 * site's Content-Security-Policy (no inline script), and shows the error banner after a failed one.
 */
class LiveReloadBrowserTest {
    @Test
    void thePageReloadsAfterARebuildAndShowsErrors(@TempDir Path folder) throws Exception {
        HeadlessChromium.require();
        TestSite project = TestSite.create(folder.resolve("projet")).fiche("jardin", "");
        PrintWriter quiet = new PrintWriter(new StringWriter(), true);
        ChromeOptions options = new ChromeOptions().setBinary(HeadlessChromium.CHROMIUM.toFile())
                .addArguments(HeadlessChromium.FLAGS)
                .addArguments("--user-data-dir=" + Files.createDirectories(folder.resolve("chromium")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(HeadlessChromium.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        try (PreviewSession session = PreviewSession.start(project.layout(), project.output(),
                new InetSocketAddress("127.0.0.1", 0), quiet, quiet)) {
            WebDriver browser = new ChromeDriver(service, options);
            try {
                browser.get("http://127.0.0.1:" + session.address().getPort() + "/fiches/jardin.html");
                assertEquals("Jardin collectif de test", browser.findElement(By.tagName("h1")).getText());
                // A mark that only survives as long as the page is not reloaded.
                ((JavascriptExecutor) browser).executeScript("window.pasRecharge = true;");
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                // The page may reload between finding an element and reading it.
                wait.ignoring(StaleElementReferenceException.class);

                project.write("fiches/jardin.md", Fixtures.fiche("").replace("Jardin collectif de test", "Jardin des voisins"));
                wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Jardin des voisins"));
                assertEquals(null, ((JavascriptExecutor) browser).executeScript("return window.pasRecharge;"),
                        "the page was reloaded, not patched");

                // A reader on another page is left alone by an edit that does not change that page.
                String fiche = browser.getCurrentUrl();
                browser.get("http://127.0.0.1:" + session.address().getPort() + "/a-propos.html");
                ((JavascriptExecutor) browser).executeScript("window.pasRecharge = true;");
                long before = session.state().version();
                project.write("fiches/jardin.md", Fixtures.fiche("").replace("Jardin collectif de test", "Jardin des voisins")
                        .replace("Les locataires cultivent", "Les voisins cultivent"));
                wait.until(d -> session.state().version() > before);
                Thread.sleep(1500); // fifteen polls of the page
                assertEquals(true, ((JavascriptExecutor) browser).executeScript("return window.pasRecharge;"),
                        "the about page did not change, so it was not reloaded");
                browser.get(fiche);

                project.write("fiches/jardin.md", Fixtures.fiche("").replace("valeur: actif", "valeur: actiff"));
                wait.until(d -> !d.findElements(By.cssSelector(".live-errors[role=alert]")).isEmpty());
                String banner = browser.findElement(By.cssSelector(".live-errors")).getText();
                assertTrue(banner.contains("content/fiches/jardin.md:"), banner);
                assertEquals("Jardin des voisins", browser.findElement(By.tagName("h1")).getText(),
                        "the last good page is still shown under the banner");

                List<LogEntry> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .filter(entry -> entry.getMessage().contains("Refused to")).toList();
                assertEquals(List.of(), violations, "nothing blocked by the Content-Security-Policy");
            } finally {
                browser.quit();
            }
        }
    }
}
