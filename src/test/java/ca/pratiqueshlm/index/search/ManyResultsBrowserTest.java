package ca.pratiqueshlm.index.search;

import ca.pratiqueshlm.testing.HeadlessChromium;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.testing.Fixtures;
import ca.pratiqueshlm.testing.TestSite;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** More results than one screenful: 50 are drawn, a button shows the rest and moves focus to them. */
class ManyResultsBrowserTest {
    @TempDir
    Path folder;

    @Test
    void theRestOfTheResultsComeOnRequest() {
        HeadlessChromium.require();
        TestSite site = TestSite.create(folder.resolve("project"));
        for (int i = 1; i <= 55; i++) {
            site.write(String.format("fiches/jardin-%02d.md", i), Fixtures.fiche("")
                    .replace("titre: Jardin collectif de test", String.format("titre: Jardin numéro %02d", i)));
        }
        assertTrue(site.build().ok());
        ChromeDriver browser = HeadlessChromium.start(folder.resolve("profile"));
        try {
            browser.get(BuiltSite.url(site, "recherche.html?q=jardin"));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
            wait.until(d -> d.findElement(By.id("etat-recherche")).getText().startsWith("55 fiches trouvées"));
            assertEquals(50, browser.findElements(By.cssSelector("#resultats li")).size());
            WebElement more = browser.findElement(By.className("search-more"));
            assertEquals("Afficher 5 fiches de plus (5 en attente)", more.getText());
            more.click();
            assertEquals(55, browser.findElements(By.cssSelector("#resultats li")).size());
            assertEquals("Jardin numéro 51", browser.switchTo().activeElement().getText(),
                    "focus moves to the first result added");
            assertTrue(!more.isDisplayed(), "nothing left to show");
        } finally {
            browser.quit();
        }
    }
}
