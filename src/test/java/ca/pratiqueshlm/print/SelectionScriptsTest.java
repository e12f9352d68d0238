package ca.pratiqueshlm.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.testing.TestSite;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripts « Imprimer la sélection » loads, as the real site's build writes them. */
class SelectionScriptsTest {
    private static final Pattern ITEM = Pattern.compile("<li data-fiche=\"([^\"]+)\" data-href=\"[^\"]+\" data-script=\"([^\"]+)\">");
    private static final Pattern STATEMENT = Pattern.compile(
            "\\(window\\.PRATIQUES_SELECTION=window\\.PRATIQUES_SELECTION\\|\\|\\{\\}\\)\\[(\"[^\"]+\")\\]=(\".*?(?<!\\\\)\");\n");

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.copyOfRepository(dir.resolve("project"));
        assertTrue(site.build().ok());
    }

    @Test
    void everyFicheIsInTheScriptItsListItemNamesWithItsPublishedArticle() throws IOException {
        Map<String, String> named = new TreeMap<>();
        Matcher item = ITEM.matcher(site.read("selection.html"));
        while (item.find()) {
            named.put(item.group(1), item.group(2));
        }
        List<Path> fichePages;
        try (Stream<Path> pages = Files.list(site.output().resolve("fiches"))) {
            fichePages = pages.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertEquals(fichePages.size(), named.size(), "every fiche can be chosen");
        ObjectMapper json = new ObjectMapper();
        for (Path page : fichePages) {
            String slug = page.getFileName().toString().replaceFirst("\\.html$", "");
            Map<String, String> articles = articles(json, site.read(named.get(slug)));
            String html = Files.readString(page);
            String article = html.substring(html.indexOf("<article class=\"fiche\""), html.lastIndexOf("</article>") + 10);
            assertEquals(article, articles.get(slug), slug + ": the article as the fiche page publishes it");
        }
    }

    @Test
    void aboutTwentyFichesPerScriptEachInOneScriptInSlugOrder() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(site.output().resolve("assets/selection"))) {
            scripts = files.sorted().toList();
        }
        int fiches = site.layout().root().resolve("content/fiches").toFile().list((d, n) -> n.endsWith(".md")).length;
        assertEquals((fiches + 19) / 20, scripts.size(), "one script per twenty fiches, not one per fiche");
        ObjectMapper json = new ObjectMapper();
        int seen = 0;
        for (Path script : scripts) {
            List<String> slugs = List.copyOf(articles(json, Files.readString(script)).keySet());
            assertEquals(slugs.stream().sorted().toList(), slugs, script + ": fiches in slug order, so builds agree");
            assertTrue(!slugs.isEmpty(), script + " holds fiches");
            seen += slugs.size();
        }
        assertEquals(fiches, seen, "each fiche in exactly one script");
    }

    /** The articles a script adds, by slug, in the order it adds them. */
    private static Map<String, String> articles(ObjectMapper json, String script) throws IOException {
        Map<String, String> articles = new java.util.LinkedHashMap<>();
        Matcher statement = STATEMENT.matcher(script);
        int end = 0;
        while (statement.find() && statement.start() == end) {
            articles.put(json.readValue(statement.group(1), String.class), json.readValue(statement.group(2), String.class));
            end = statement.end();
        }
        assertEquals(script.length(), end, "the script is only such statements");
        return articles;
    }
}
