package ca.pratiqueshlm.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * axe-core finds no WCAG 2.1 A or AA violation on each kind of page of the real site, and the keyboard
 * works: the skip link is the first Tab stop, it moves focus to the main content, and focus is visible.
 */
class AccessibilityTest extends RealSiteBrowser {
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Override
    SiteFiles build(Path folder) {
        return RealSite.build(folder);
    }

    /** Home, a fiche, a category, each index, and the search page where the site has one. */
    Stream<String> pages() {
        List<String> pages = new ArrayList<>(List.of("index.html", "fiches/multiboulot.html",
                "categories/vivre-ensemble.html", "partenaires/index.html", "retombees/index.html",
                "regions/index.html", "sources.html", "a-propos.html", "periodes.html"));
        if (Files.exists(site.root().resolve("recherche.html"))) {
            pages.add("recherche.html");
        }
        return pages.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void noWcagViolation(String page) {
        open(page);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                violations.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + node.getTarget() + " — " + node.getFailureSummary());
            }
        }
        assertTrue(results.getPasses().size() > 10, "axe ran its rules on " + page);
        assertEquals("", String.join("\n", violations), violations.size() + " violations on " + page);
    }

    @Test
    void skipLinkIsTheFirstTabStopAndMovesFocusToMain() {
        open("fiches/multiboulot.html");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement first = driver.switchTo().activeElement();
        assertEquals("Aller au contenu", first.getText());
        assertEquals("#contenu", first.getDomAttribute("href"));
        Number top = (Number) js("return arguments[0].getBoundingClientRect().top;", first);
        assertTrue(top.doubleValue() >= 0, "the focused skip link comes into view (top " + top + ")");
        assertFocusVisible(first);

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertEquals("contenu", js("return document.activeElement.id;"));
        assertEquals("main", js("return document.activeElement.tagName.toLowerCase();"));
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertTrue((Boolean) js("return document.querySelector('main').contains(document.activeElement);"),
                "the next Tab stop after the skip is inside the main content");
    }

    @Test
    void everyTabStopShowsWhereTheFocusIs() {
        open("index.html");
        List<String> invisible = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if (!hasVisibleFocus(focused)) {
                invisible.add(focused.getTagName() + " « " + focused.getText() + " »");
            }
        }
        assertEquals(List.of(), invisible);
    }

    /** The header search works from the keyboard alone: Tab to the field, type, Enter. */
    @Test
    void searchIsUsableWithoutAMouse() {
        open("index.html");
        WebElement focused = null;
        for (int i = 0; i < 10; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            focused = driver.switchTo().activeElement();
            if ("search".equals(focused.getDomAttribute("type"))) {
                break;
            }
        }
        assertEquals("search", focused.getDomAttribute("type"), "the search field is among the first Tab stops");
        assertFocusVisible(focused);
        new Actions(driver).sendKeys("jardin").sendKeys(Keys.ENTER).perform();
        // Enter starts a navigation; wait for it rather than reading the URL of the page being left.
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().matches(".*/recherche\\.html\\?q=jardin.*"));
    }

    private void assertFocusVisible(WebElement element) {
        assertTrue(hasVisibleFocus(element), "focus indicator on " + element.getText());
    }

    /** An outline, or a box shadow, drawn while the element has keyboard focus. */
    private boolean hasVisibleFocus(WebElement element) {
        String outlineStyle = element.getCssValue("outline-style");
        String outlineWidth = element.getCssValue("outline-width");
        String shadow = element.getCssValue("box-shadow");
        boolean outline = !outlineStyle.equals("none") && !outlineWidth.equals("0px");
        return outline || (shadow != null && !shadow.equals("none"));
    }

    private void open(String page) {
        Path file = site.root().resolve(page);
        assertTrue(Files.exists(file), page + " exists");
        driver.get(file.toUri().toString());
        assertNotEquals("", driver.getTitle());
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }
}
