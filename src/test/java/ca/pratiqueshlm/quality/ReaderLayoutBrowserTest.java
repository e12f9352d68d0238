package ca.pratiqueshlm.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The real site as readers use it, in Chromium: no page scrolls sideways on a phone, the phone menu folds
 * and opens without JavaScript, and a long
 * fiche page keeps its outcomes within the first screen.
 */
class ReaderLayoutBrowserTest extends RealSiteBrowser {
    private static final int[] PHONE_WIDTHS = {320, 360, 390, 412};

    @Override
    SiteFiles build(Path folder) {
        return RealSite.buildPages(folder);
    }

    private void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private long number(String script) {
        return ((Number) driver.executeScript(script)).longValue();
    }

    @Test
    void noPageIsWiderThanAPhone() {
        List<String> wide = new ArrayList<>();
        List<Path> pages = site.pages();
        assertTrue(pages.size() > 150, "every page of the real site: " + pages.size());
        for (Path page : pages) {
            viewport(PHONE_WIDTHS[0], 800, false);
            driver.get(page.toUri().toString());
            for (int width : PHONE_WIDTHS) {
                viewport(width, 800, false);
                long scroll = number("return document.documentElement.scrollWidth;");
                long inner = number("return window.innerWidth;");
                assertEquals(width, inner, "the viewport is the phone's width");
                if (scroll > inner) {
                    wide.add(site.relative(page) + " at " + width + " px: " + scroll + " px wide");
                }
            }
        }
        assertEquals(List.of(), wide);
    }

    @Test
    void onAPhoneTheMenuFoldsAndOpensWithoutScriptAndTheSearchFormFits() {
        viewport(320, 700, false);
        driver.get(site.root().resolve("index.html").toUri().toString());
        assertFalse(driver.findElement(By.cssSelector("nav.menu-wide")).isDisplayed(), "the wide menu is hidden");
        WebElement menu = driver.findElement(By.cssSelector("details.menu-phone"));
        WebElement firstLink = menu.findElement(By.cssSelector("nav a"));
        assertFalse(firstLink.isDisplayed(), "folded at first");
        menu.findElement(By.tagName("summary")).click();
        assertTrue(firstLink.isDisplayed(), "opens on a tap");
        for (WebElement link : menu.findElements(By.cssSelector("nav a"))) {
            assertTrue(link.getRect().getHeight() >= 44, link.getText() + " is a 44 px touch target");
        }
        assertTrue(menu.findElement(By.tagName("summary")).getRect().getHeight() >= 44, "the menu button too");
        WebElement search = driver.findElement(By.cssSelector("form.header-search"));
        assertTrue(search.getRect().getX() + search.getRect().getWidth() <= 320, "the search form fits");
        WebElement button = search.findElement(By.tagName("button"));
        assertTrue(button.getRect().getX() + button.getRect().getWidth() <= 320, "its button is on screen");
        assertTrue(menu.findElements(By.tagName("script")).isEmpty());
    }

    @Test
    void aLongFicheShowsItsFirstOutcomeOnTheFirstDesktopScreen() {
        viewport(1366, 900, false);
        driver.get(site.root().resolve("fiches/projet-clic.html").toUri().toString());
        WebElement first = driver.findElement(By.cssSelector(".en-bref .brief-outcomes li"));
        int bottom = first.getRect().getY() + first.getRect().getHeight();
        assertTrue(bottom <= 900, "first outcome ends at " + bottom + " px");
        // Each outcome once, grouped by theme, with the source's wording kept.
        List<String> outcomes = driver.findElements(By.cssSelector("section[aria-labelledby=retombees] .outcome-label")).stream()
                .map(WebElement::getText).toList();
        assertEquals(outcomes.stream().distinct().toList(), outcomes, "no duplicate outcome");
        assertTrue(outcomes.size() >= 5, outcomes.toString());
        assertTrue(driver.findElements(By.cssSelector("section[aria-labelledby=retombees] .source-words q")).size() > outcomes.size());
        assertFalse(driver.findElement(By.cssSelector("section[aria-labelledby=retombees]")).getText().contains("→"));
    }
}
