package ca.pratiqueshlm.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The real site as readers use it, in Chromium: no page scrolls sideways on a phone, the phone menu folds
 * and opens without JavaScript, a long fiche page keeps its outcomes within the first screen, and the 404
 * page works at any depth on a server that answers every missing address with it.
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

    /** The page's width once it has loaded. */
    private long styledWidth() {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState;")));
        return number("return document.documentElement.scrollWidth;");
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
                long scroll = styledWidth();
                long inner = number("return window.innerWidth;");
                assertEquals(width, inner, "the viewport is the phone's width");
                if (scroll > inner) {
                    // Once in a full test run, two pages were measured as if unstyled (an 854 px chart at its
                    // natural width); the same pages passed on their own. A layout fault is still there when
                    // the page is loaded again, a passing state of the browser is not.
                    driver.navigate().refresh();
                    scroll = styledWidth();
                }
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

    /**
     * As GitHub Pages serves a project site: under the path of url_de_base (content/site.yaml), every
     * missing address answered with 404.html and the status 404.
     */
    @Test
    void theNotFoundPageIsStyledAndItsLinksWorkAtAnyDepth() throws IOException {
        Path root = site.root();
        String base = "/pratiques-hlm/";
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = path.startsWith(base) ? root.resolve(path.substring(base.length())).normalize() : null;
            if (file != null && Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            boolean found = file != null && file.startsWith(root) && Files.isRegularFile(file);
            Path sent = found ? file : root.resolve("404.html");
            byte[] body = Files.readAllBytes(sent);
            String name = sent.getFileName().toString();
            exchange.getResponseHeaders().add("Content-Type", name.endsWith(".css") ? "text/css"
                    : name.endsWith(".svg") ? "image/svg+xml" : name.endsWith(".js") ? "text/javascript"
                    : name.endsWith(".xml") ? "application/atom+xml" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(found ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String origin = "http://127.0.0.1:" + server.getAddress().getPort();
            assertEquals(404, status(origin + base + "fiches/a/b.html"), "the server answers with the 404 page");
            viewport(1366, 900, false);
            driver.get(origin + base + "fiches/a/b.html");
            assertEquals("Page introuvable", driver.findElement(By.tagName("h1")).getText());
            assertEquals("rgb(11, 92, 122)", driver.executeScript(
                    "return getComputedStyle(document.querySelector('.site-header')).borderBottomColor;"),
                    "site.css is applied");
            assertEquals(36L, number("return document.querySelector('.brand-logo').naturalWidth;"), "the logo loads");
            List<String> hrefs = driver.findElements(By.cssSelector("a[href]")).stream()
                    .map(a -> a.getAttribute("href")).filter(h -> !h.startsWith("mailto:"))
                    .filter(h -> !h.startsWith(driver.getCurrentUrl() + "#")).distinct().toList();
            assertTrue(hrefs.size() > 15, "the page's links: " + hrefs);
            List<String> broken = new ArrayList<>();
            for (String href : hrefs) {
                int status = href.startsWith(origin + base) ? status(href) : -1;
                if (status != 200) {
                    broken.add(href + " → " + status);
                }
            }
            assertEquals(List.of(), broken);
        } finally {
            server.stop(0);
        }
    }

    private static int status(String address) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(address).toURL().openConnection();
        try {
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }
}
