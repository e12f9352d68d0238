package ca.pratiqueshlm.markdown;

import ca.pratiqueshlm.content.ResultStore;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe, valid HTML. Raw HTML in a body is kept only as far as the allowlist in
 * {@code docs/SECURITY.md} permits: no scripts, no event handlers, no frames or forms, and only
 * http(s), mailto and relative addresses; what it keeps is then made valid ({@link HtmlNormaliser}).
 *
 * <p>Rendering is bounded: a body nested too deep is refused before parsing, and one that the parser
 * cannot finish within {@link #TIME_LIMIT} of processor time is refused too (some inputs make CommonMark parsers
 * quadratic). Validation renders every body this way, so the build reports such a body at its file
 * instead of hanging; the result is kept, so the pages reuse it instead of rendering twice.
 */
public final class MarkdownRenderer {
    /** Fiches render in milliseconds; this leaves room for a loaded machine, and none for an attack. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(5);
    private static final Duration WALL_LIMIT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(100);
    /** Stack for rendering threads: headroom for the parser's recursion below the nesting limits. */
    private static final long RENDER_STACK_BYTES = 16L << 20;

    /** A base that relative links resolve against while cleaning; never written out. */
    private static final String CLEANING_BASE = "https://cleaning.invalid/section/";
    /** Body ids live in their own namespace; no template id starts with it. */
    static final String ID_PREFIX = "texte-";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist allowlist;
    /** Threads end one second after their last render: a build makes one renderer, a test many. */
    private final ExecutorService workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 1, TimeUnit.SECONDS,
            new SynchronousQueue<>(), task -> {
                Thread thread = new Thread(null, task, "markdown", RENDER_STACK_BYTES);
                thread.setDaemon(true); // a render abandoned at its time limit must not keep the JVM alive
                return thread;
            });
    private final Map<String, Rendering> renderings = new ConcurrentHashMap<>();
    private final ResultStore store;

    public MarkdownRenderer() {
        this(ResultStore.NONE);
    }

    /** A renderer that reads bodies rendered by earlier processes from {@code store} and keeps new ones there. */
    public MarkdownRenderer(ResultStore store) {
        this.store = store;
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

    /**
     * Renders {@code markdown} and keeps only allowlisted HTML.
     *
     * @throws IllegalArgumentException for a body that {@link #tryRender} refuses; validation reports
     *                                  those first, so a build never gets here with one
     */
    public String render(String markdown) {
        Rendering rendering = tryRender(markdown);
        if (rendering instanceof Rendering.Refused refused) {
            throw new IllegalArgumentException(refused.message());
        }
        return ((Rendering.Rendered) rendering).html();
    }

    /** Renders {@code markdown} within the nesting and time limits; the same body is rendered once. */
    public Rendering tryRender(String markdown) {
        Rendering known = renderings.get(markdown);
        if (known != null) {
            return known;
        }
        // Not computeIfAbsent: that would hold a lock of the map for up to the time limit.
        Rendering rendering = renderKept(markdown);
        Rendering raced = renderings.putIfAbsent(markdown, rendering);
        return raced != null ? raced : rendering;
    }

    /** A body an earlier build rendered is read back; a refused one is never kept, so it is reported again. */
    private Rendering renderKept(String markdown) {
        try {
            byte[] html = store.get(STAGE, RendererFingerprint.VALUE + '\0' + markdown, () -> {
                Rendering rendering = renderBounded(markdown);
                if (rendering instanceof Rendering.Rendered rendered) {
                    return rendered.html().getBytes(StandardCharsets.UTF_8);
                }
                throw new NotKept((Rendering.Refused) rendering);
            });
            return new Rendering.Rendered(new String(html, StandardCharsets.UTF_8));
        } catch (NotKept refused) {
            return refused.rendering;
        }
    }

    /** The stage name of kept renderings in the build cache. */
    static final String STAGE = "markdown";

    /** Carries a refusal out of the store's computation, which keeps only what it returns. */
    private static final class NotKept extends RuntimeException {
        private final transient Rendering.Refused rendering;

        NotKept(Rendering.Refused rendering) {
            super(null, null, false, false);
            this.rendering = rendering;
        }
    }

    private Rendering renderBounded(String markdown) {
        var excess = NestingLimits.check(markdown);
        if (excess.isPresent()) {
            return new Rendering.Refused(excess.get().line(), excess.get().message(), excess.get().hint());
        }
        AtomicLong workerId = new AtomicLong(-1);
        AtomicLong cpuAtStart = new AtomicLong();
        Future<String> task = workers.submit(() -> {
            // Workers are reused: their processor time so far is not this render's.
            cpuAtStart.set(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
            workerId.set(Thread.currentThread().getId());
            return renderNow(markdown);
        });
        long started = System.nanoTime();
        try {
            while (true) {
                try {
                    return new Rendering.Rendered(task.get(POLL.toMillis(), TimeUnit.MILLISECONDS));
                } catch (TimeoutException stillRunning) {
                    if (overLimit(workerId.get(), cpuAtStart.get(), started)) {
                        task.cancel(true); // the parser ignores interrupts; its daemon thread ends on its own
                        return new Rendering.Refused(0, "texte trop complexe : sa mise en page dépasse "
                                + TIME_LIMIT.toSeconds() + " secondes",
                                "cherchez une longue suite de caractères spéciaux (` [ < *) collée par erreur et retirez-la");
                    }
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StackOverflowError) {
                return new Rendering.Refused(0, "texte trop imbriqué pour être mis en page",
                        "simplifiez les citations, listes ou balises imbriquées");
            }
            throw new IllegalStateException("rendering failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        }
    }

    /**
     * Whether the render has used more than {@link #TIME_LIMIT} of processor time: on a loaded machine
     * wall time would refuse ordinary fiches. {@link #WALL_LIMIT} still ends a render that gets none.
     */
    private static boolean overLimit(long workerId, long cpuAtStart, long startedNanos) {
        if (System.nanoTime() - startedNanos > WALL_LIMIT.toNanos()) {
            return true;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (workerId < 0 || !threads.isThreadCpuTimeSupported()) {
            return System.nanoTime() - startedNanos > TIME_LIMIT.toNanos();
        }
        return threads.getThreadCpuTime(workerId) - cpuAtStart > TIME_LIMIT.toNanos();
    }

    private String renderNow(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(html, CLEANING_BASE);
        Document clean = new Cleaner(allowlist).clean(dirty);
        HtmlNormaliser.normalise(clean.body());
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

    /** A body rendered to HTML, or refused with the 0-based line of the body where the problem is. */
    public sealed interface Rendering {
        record Rendered(String html) implements Rendering {}

        record Refused(int line, String message, String hint) implements Rendering {}
    }

    /**
     * Prefixes every id of the body, and the in-body links to them, so that a heading such as
     * "## Contenu" cannot take the id of the page's own landmarks (the skip link's target) or sections,
     * and two ids are never equal.
     */
    private static void scopeIdentifiers(Document body) {
        Map<String, String> renamed = new HashMap<>();
        Set<String> used = new HashSet<>();
        // The next number to try per id: 24,000 equal ids must not mean 24,000 tries each.
        Map<String, Integer> nextNumber = new HashMap<>();
        for (Element element : body.body().select("[id]")) {
            String original = element.id();
            String scoped = ID_PREFIX + original;
            if (!used.add(scoped)) {
                int n = nextNumber.getOrDefault(original, 2);
                do {
                    scoped = ID_PREFIX + original + "-" + n++;
                } while (!used.add(scoped));
                nextNumber.put(original, n);
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
