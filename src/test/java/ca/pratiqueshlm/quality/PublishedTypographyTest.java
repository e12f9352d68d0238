package ca.pratiqueshlm.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every text a reader sees in the real site, pages and feed, follows Quebec French typography: no
 * ordinary space before « : ; ? ! » nor after « «, no straight apostrophe in a word.
 */
class PublishedTypographyTest {
    private static final Pattern BREAKABLE = Pattern.compile("[ \\t\\r\\n][:;?!»]|«[ \\t\\r\\n]|\\p{L}'\\p{L}");
    private static final Set<String> NOT_PROSE = Set.of("script", "style", "code", "pre", "kbd", "samp", "var", "textarea");

    @TempDir
    static Path temp;

    @Test
    void noOrdinarySpaceBeforeHighPunctuationInAnyPageOrFeed() throws IOException {
        SiteFiles site = RealSite.buildPages(temp);
        List<String> problems = new ArrayList<>();
        List<Path> pages = site.pages();
        assertTrue(pages.size() > 100, "the real site has its pages: " + pages.size());
        int texts = 0;
        for (Path page : pages) {
            texts += scan(site.relative(page), Jsoup.parse(Files.readString(page)), problems);
        }
        texts += scan("feed.xml", Jsoup.parse(Files.readString(site.root().resolve("feed.xml")), "", Parser.xmlParser()), problems);
        assertTrue(texts > 5_000, "text nodes were scanned: " + texts);
        assertTrue(problems.isEmpty(), problems.size() + " text(s) break French typography:\n"
                + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }

    private static int scan(String where, Document document, List<String> problems) {
        int[] count = {0};
        document.traverse((node, depth) -> {
            if (node instanceof TextNode text && !notProse(text)) {
                count[0]++;
                Matcher m = BREAKABLE.matcher(text.getWholeText());
                while (m.find()) {
                    String s = text.getWholeText();
                    problems.add(where + ": «…" + s.substring(Math.max(0, m.start() - 30), Math.min(s.length(), m.end() + 10)) + "…»");
                }
            }
        });
        return count[0];
    }

    private static boolean notProse(Node node) {
        for (Node n = node.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && (NOT_PROSE.contains(e.normalName()) || "no".equals(e.attr("translate")))) {
                return true;
            }
        }
        return false;
    }
}
