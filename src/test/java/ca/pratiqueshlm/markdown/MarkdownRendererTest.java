package ca.pratiqueshlm.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void manyEqualIdsAllBecomeDistinct() {
        String html = renderer.render("<h2 id=x>Titre</h2>\n\n".repeat(500) + "<h2 id=x-2>Autre</h2>\n");

        List<String> ids = Jsoup.parseBodyFragment(html).select("[id]").eachAttr("id");
        Set<String> distinct = new HashSet<>(ids);
        assertEquals(501, ids.size());
        assertEquals(ids.size(), distinct.size(), "every id is unique");
    }

    @Test
    void invalidRawHtmlValuesAreDroppedAndMisplacedElementsWrapped() {
        Element body = Jsoup.parseBodyFragment(renderer.render("""
                <h2 id="deux mots">Titre</h2>

                <img src="a.png" width="100%" alt="A"> <img src="" alt="sans source">

                <ol start="abc"><li>un</li></ol>

                <table><tr><td colspan="0" rowspan="-1">c</td></tr></table>

                <ul><p>dans la liste</p></ul>

                <li>égaré</li>
                """)).body();

        assertEquals("texte-deux-mots", body.selectFirst("h2").id());
        assertTrue(body.selectFirst("img").attr("width").isEmpty());
        assertEquals(1, body.select("img").size(), "an image without a source becomes its description");
        assertTrue(body.text().contains("sans source"));
        assertTrue(body.selectFirst("ol").attr("start").isEmpty());
        assertTrue(body.selectFirst("td").attributes().isEmpty());
        assertEquals("dans la liste", body.selectFirst("ul > li > p").text());
        assertEquals("égaré", body.selectFirst("ul > li:contains(égaré)").text());
    }

    @Test
    void bodiesNestedTooDeepAreRefusedAtTheirLine() {
        var quotes = renderer.tryRender("Intro\n\n" + ">".repeat(1000) + " x");
        var refused = assertInstanceOf(MarkdownRenderer.Rendering.Refused.class, quotes);
        assertEquals(2, refused.line());

        assertInstanceOf(MarkdownRenderer.Rendering.Rendered.class,
                renderer.tryRender("> citation\n>\n> > réponse\n\n- a\n  - b\n    - c\n"));
    }
}
