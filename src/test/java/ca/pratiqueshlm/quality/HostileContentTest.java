package ca.pratiqueshlm.quality;

import ca.pratiqueshlm.plan.FrenchTypography;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.testing.TestSite;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site built from hostile fiches, pages and registries (src/test/resources/hostile): markup, quotes,
 * script-closing sequences and formula prefixes in every field, and dangerous raw HTML in the bodies.
 * The build must succeed, and no output may carry anything a browser or a spreadsheet would execute.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileContentTest {
    static final Path CORPUS = TestSite.REPOSITORY.resolve("src/test/resources/hostile");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "srcset", "background", "cite", "longdesc", "ping");
    /** Elements that load or run something, or change how the page resolves addresses. */
    private static final Set<String> ACTIVE_ELEMENTS = Set.of("iframe", "frame", "frameset", "object", "embed",
            "applet", "base", "style", "template", "portal");
    private static final Pattern DANGEROUS_SCHEME = Pattern.compile("^(javascript|vbscript|data|livescript):.*",
            Pattern.DOTALL);

    @TempDir
    static Path temp;
    SiteFiles site;

    @BeforeAll
    void buildHostileSite() throws IOException {
        Path project = TestSite.create(temp.resolve("projet")).fiche("jardin-test", "").root();
        Path content = CORPUS.resolve("content");
        try (Stream<Path> files = Files.walk(content)) {
            for (Path source : files.filter(Files::isRegularFile).sorted().toList()) {
                Path target = project.resolve("content").resolve(content.relativize(source).toString());
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        CliRun run = CliRun.build(project, temp.resolve("sortie"));
        assertEquals(0, run.exitCode(), () -> "hostile but valid content must build: " + run.err());
        site = new SiteFiles(temp.resolve("sortie"));
    }

    @Test
    void everyPageHasAStrictContentSecurityPolicy() throws IOException {
        assertFalse(site.pages().isEmpty());
        for (Path page : site.pages()) {
            Document html = parse(page);
            List<Element> policies = html.select("head > meta[http-equiv=Content-Security-Policy]");
            assertEquals(1, policies.size(), site.relative(page) + " has one CSP meta in its head");
            String policy = policies.get(0).attr("content");
            assertTrue(policy.matches(".*\\bscript-src 'self'(;.*|$)"), site.relative(page) + ": " + policy);
            assertTrue(policy.contains("default-src 'self'") && policy.contains("object-src 'none'")
                    && policy.contains("base-uri 'none'"), site.relative(page) + ": " + policy);
            assertFalse(policy.contains("'unsafe-inline'"), site.relative(page) + ": " + policy);
            assertFalse(policy.contains("'unsafe-eval'"), site.relative(page) + ": " + policy);
        }
    }

    @Test
    void noPageRunsAScriptOfItsOwn() throws IOException {
        for (Path page : site.pages()) {
            for (Element script : parse(page).select("script")) {
                String where = site.relative(page) + ": " + script.outerHtml();
                // Data blocks (JSON-LD, the proposal form's descriptor) are not run by the browser.
                if (script.attr("type").equals("application/ld+json") || script.attr("type").equals("application/json")) {
                    new ObjectMapper().readTree(script.data()); // data only, and well formed
                    assertFalse(script.data().toLowerCase(Locale.ROOT).contains("</"), where);
                } else {
                    assertTrue(script.hasAttr("src") && script.data().isBlank(), "only external scripts: " + where);
                    String src = script.attr("src");
                    assertTrue(src.matches("(\\.\\./)*assets/(js/[a-z0-9.-]+|search-index)\\.js"), "only our own scripts: " + where);
                }
            }
        }
    }

    @Test
    void noEventHandlerNorDangerousAddressNorActiveElement() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path page : site.pages()) {
            for (Element element : parse(page).getAllElements()) {
                String where = site.relative(page) + ": <" + element.tagName() + "> ";
                if (ACTIVE_ELEMENTS.contains(element.normalName())) {
                    found.add(where + "active element");
                }
                if (element.normalName().equals("form") && isForeign(element.attr("action"))) {
                    found.add(where + "form sending elsewhere: " + element.attr("action"));
                }
                if (element.normalName().equals("link") && element.attr("rel").contains("stylesheet")
                        && isForeign(element.attr("href"))) {
                    found.add(where + "foreign stylesheet: " + element.attr("href"));
                }
                if (element.normalName().equals("meta") && element.hasAttr("http-equiv")
                        && !element.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")) {
                    found.add(where + "meta http-equiv");
                }
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    if (name.startsWith("on")) {
                        found.add(where + "event handler " + name);
                    }
                    if (name.equals("style")) {
                        found.add(where + "inline style (the CSP forbids it)");
                    }
                    if (URL_ATTRIBUTES.contains(name) && DANGEROUS_SCHEME.matcher(normalisedUrl(attribute.getValue())).matches()
                            && !isOwnQrCode(element, name)) {
                        found.add(where + name + "=" + attribute.getValue());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** The print block's QR code: a PNG the build draws (print.QrImages), never text from the content. */
    private static boolean isOwnQrCode(Element element, String attribute) {
        return element.normalName().equals("img") && element.hasClass("print-qr") && attribute.equals("src")
                && element.attr("src").matches("data:image/png;base64,[A-Za-z0-9+/]+=*");
    }

    @Test
    void hostileValuesAreShownAsTextNotDropped() throws IOException {
        Document fiche = parse(site.root().resolve("fiches/champs-hostiles.html"));
        // Shown as text, typeset as any text is (a closing apostrophe becomes ’).
        assertEquals(FrenchTypography.text("</script><script>alert('titre')</script> \"guillemets\" & 'apostrophes'"),
                fiche.selectFirst("main h1").text());
        assertTrue(fiche.title().startsWith(FrenchTypography.text("</script><script>alert('titre')</script>")), fiche.title());
        assertTrue(fiche.selectFirst("main").text().contains(FrenchTypography.text("<script>alert('objectif')</script>")));
        assertTrue(fiche.selectFirst("meta[name=description]").attr("content")
                .startsWith("\"><img src=x onerror=alert('resume')>"));
        Document body = parse(site.root().resolve("fiches/corps-hostile.html"));
        assertTrue(body.text().contains("Texte avec <script> échappé qui doit rester du texte."));
        assertTrue(body.select("main a[href=https://exemple.test/autolien]").size() == 1, "plain links are kept");
    }

    @Test
    void markdownCannotTakeOverThePageIdentifiers() throws IOException {
        for (Path page : site.pages()) {
            Document html = parse(page);
            assertEquals(1, html.select("[id=contenu]").size(), site.relative(page));
            assertEquals("main", html.getElementById("contenu").normalName(), site.relative(page));
            List<String> ids = html.select("[id]").eachAttr("id");
            assertEquals(ids.size(), Set.copyOf(ids).size(), site.relative(page) + " has duplicate ids: " + ids);
        }
    }

    /** Quotes and markup in values must not break a page's structure either. */
    @Test
    void hostilePagesAreStillValidHtml() throws Exception {
        NuChecker checker = new NuChecker();
        List<String> errors = new ArrayList<>();
        for (Path page : site.pages()) {
            for (String error : checker.errors(page.toFile())) {
                errors.add(site.relative(page) + ":" + error);
            }
        }
        assertEquals("", String.join("\n", errors));
    }

    @Test
    void xmlOutputsAreWellFormedAndCarryValuesAsText() throws Exception {
        List<Path> xml = site.files(".xml");
        assertFalse(xml.isEmpty(), "the feed and the sitemap exist");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (Path file : xml) {
            var document = factory.newDocumentBuilder().parse(file.toFile());
            assertEquals(0, document.getElementsByTagNameNS("*", "script").getLength(), site.relative(file));
            assertEquals(0, document.getElementsByTagName("script").getLength(), site.relative(file));
        }
        String feed = Files.readString(site.root().resolve("feed.xml"), StandardCharsets.UTF_8);
        assertFalse(feed.contains("<script"), "markup in values is escaped in the feed");
    }

    /** Outputs other issues add (JSON data and search index, CSV, PDF) follow the same rule when present. */
    @Test
    void dataOutputsCarryNoExecutableContent() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (Path file : site.files(".json")) {
            json.readTree(file.toFile()); // well formed: a value cannot break out of its string
        }
        for (Path file : site.files(".csv")) {
            for (String cell : Files.readString(file, StandardCharsets.UTF_8).split("[,;\\n]")) {
                String value = cell.strip().replaceFirst("^\"", "");
                assertFalse(value.matches("^[=+@\\-].*") && !value.matches("^-?\\d.*"),
                        site.relative(file) + ": a cell a spreadsheet would run as a formula: " + cell);
            }
        }
        for (Path file : site.files(".pdf")) {
            String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertFalse(raw.contains("/JavaScript") || raw.contains("/JS ") || raw.contains("/Launch"),
                    site.relative(file) + " contains PDF actions");
        }
    }

    /** An address outside the site: the site's own links are all relative. */
    private static boolean isForeign(String address) {
        String url = normalisedUrl(address);
        return url.contains("://") || url.startsWith("//") || url.contains(":");
    }

    /** What a browser would see as the scheme: entities decoded by jsoup, blanks and controls dropped. */
    private static String normalisedUrl(String value) {
        return value.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }
}
