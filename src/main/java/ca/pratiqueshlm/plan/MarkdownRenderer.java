package ca.pratiqueshlm.plan;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML. Raw HTML in a body is kept only as far as the allowlist in
 * {@code docs/SECURITY.md} permits: no scripts, no event handlers, no frames or forms, and only
 * http(s), mailto and relative addresses.
 */
public final class MarkdownRenderer {
    /** A base that relative links resolve against while cleaning; never written out. */
    private static final String CLEANING_BASE = "https://cleaning.invalid/section/";
    /** Body ids live in their own namespace; no template id starts with it. */
    static final String ID_PREFIX = "texte-";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist allowlist;
    /** Rendered bodies by source text, for a renderer that lives across the preview's rebuilds; else null. */
    private final Map<String, String> remembered;

    public MarkdownRenderer() {
        this(null);
    }

    /** A renderer that keeps what it rendered, so the preview renders only the bodies an edit changed. */
    public static MarkdownRenderer remembering() {
        return new MarkdownRenderer(new java.util.concurrent.ConcurrentHashMap<>());
    }

    private MarkdownRenderer(Map<String, String> remembered) {
        this.remembered = remembered;
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create()))
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(TablesExtension.CLASS_NAME, "tableau");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.allowlist = allowlist();
    }

    /** Renders {@code markdown} and keeps only allowlisted HTML. */
    public String render(String markdown) {
        if (remembered == null) {
            return renderNow(markdown);
        }
        String known = remembered.get(markdown);
        if (known == null) {
            known = renderNow(markdown);
            remembered.put(markdown, known);
        }
        return known;
    }

    private String renderNow(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(html, CLEANING_BASE);
        Document clean = new Cleaner(allowlist).clean(dirty);
        for (Element table : clean.select("table")) {
            table.addClass("tableau");
        }
        scopeIdentifiers(clean);
        // An image written in raw HTML without alt would be announced by its file name; say it is decorative.
        for (Element image : clean.select("img:not([alt])")) {
            image.attr("alt", "");
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /**
     * Prefixes every id of the body, and the in-body links to them, so that a heading such as
     * "## Contenu" cannot take the id of the page's own landmarks (the skip link's target) or sections,
     * and two ids are never equal.
     */
    private static void scopeIdentifiers(Document body) {
        Map<String, String> renamed = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Element element : body.body().select("[id]")) {
            String original = element.id();
            String scoped = ID_PREFIX + original;
            for (int n = 2; !used.add(scoped); n++) {
                scoped = ID_PREFIX + original + "-" + n;
            }
            renamed.putIfAbsent(original, scoped);
            element.id(scoped);
        }
        for (Element link : body.body().select("a[href^=#]")) {
            String target = link.attr("href").substring(1);
            if (renamed.containsKey(target)) {
                link.attr("href", "#" + renamed.get(target));
            }
        }
    }

    static Safelist allowlist() {
        return new Safelist()
                .addTags("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li",
                        "strong", "em", "b", "i", "code", "pre", "a", "img", "table", "thead", "tbody", "tr",
                        "th", "td", "caption", "abbr", "sup", "sub", "dl", "dt", "dd", "figure", "figcaption", "q",
                        "cite", "del", "ins", "small", "span")
                .addAttributes("a", "href", "title", "hreflang")
                .addAttributes("img", "src", "alt", "title", "width", "height")
                .addAttributes("abbr", "title")
                .addAttributes("th", "scope", "colspan", "rowspan")
                .addAttributes("td", "colspan", "rowspan")
                .addAttributes("ol", "start")
                .addAttributes("h2", "id").addAttributes("h3", "id").addAttributes("h4", "id")
                .addAttributes("h5", "id").addAttributes("h6", "id")
                .addProtocols("a", "href", "http", "https", "mailto", "#")
                .addProtocols("img", "src", "http", "https")
                .preserveRelativeLinks(true);
    }
}
