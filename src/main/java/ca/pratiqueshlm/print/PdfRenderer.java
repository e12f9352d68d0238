package ca.pratiqueshlm.print;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.util.XRLog;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jsoup.helper.W3CDom;

/**
 * Turns an HTML document into a tagged PDF (PDF/UA structure, embedded subset fonts). Title, author,
 * subject, keywords and language come from the document's {@code <title>}, {@code <meta>} and
 * {@code lang}. Output is byte-identical for the same input: the dates are the fiche's own and the
 * file identifier is derived from the content, never from the clock.
 */
public final class PdfRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(PdfRenderer.class);

    static {
        // openhtmltopdf logs every page it lays out to java.util.logging; its diagnostics come to us
        // through the builder instead, so the build's console stays quiet.
        XRLog.setLoggingEnabled(false);
    }

    private final PdfFonts fonts;
    /** Font metrics, shared by every PDF of a build so each font is measured once, not once per PDF. */
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new ConcurrentCache();

    public PdfRenderer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    String fontFingerprint() {
        return fonts.fingerprint();
    }

    /** The cache interface openhtmltopdf asks for, safe for the parallel renders of a build. */
    private static final class ConcurrentCache implements FSCacheEx<String, FSCacheValue> {
        private final Map<String, FSCacheValue> store = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            store.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return store.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException("font metrics " + k, e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return store.get(key);
        }
    }

    /**
     * @param html    a complete HTML document (parsed leniently, as a browser would)
     * @param baseUri the public address the document stands for: relative links resolve against it
     * @param date    the document's date (last update of its fiches), written as creation date
     */
    public byte[] render(String html, String baseUri, Calendar date) throws IOException {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html, baseUri);
        // PDF/UA wants a title on every link: its text says where it goes.
        parsed.select("a[href]:not([title])").forEach(a -> a.attr("title", a.text()));
        // A chart drawn inline as SVG is a Figure: PDF/UA wants its text alternative, which openhtmltopdf
        // reads from alt, not from the SVG's aria-label or title.
        parsed.select("svg:not([alt])").forEach(svg -> svg.attr("alt", !svg.attr("aria-label").isBlank()
                ? svg.attr("aria-label") : svg.select("> title").text()));
        // openhtmltopdf reads the PDF outline from <bookmarks> in <head>; an HTML parser moves that
        // unknown element into <body>, so put it back.
        parsed.select("body bookmarks").forEach(b -> parsed.head().appendChild(b));
        HeadingOutline.addIfMissing(parsed);
        org.w3c.dom.Document document = new W3CDom().fromJsoup(parsed);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withProducer("pratiques-hlm")
                // The booklets open with the build's SVG charts; no script, nothing fetched from outside.
                .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
                .withW3cDocument(document, baseUri)
                .withDiagnosticConsumer(d -> {
                    if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                        LOG.warn("{}: {}", baseUri, d.getFormattedMessage());
                    }
                })
                // Only inline data: images; a build never reaches the network.
                .useExternalResourceAccessControl((uri, type) -> uri.startsWith("data:"),
                        com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> uri.startsWith("data:"),
                        com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        PDDocument target = new PDDocument();
        builder.usePDDocument(target);
        fonts.register(builder, target);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (target; PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            AccessibilityCatalog.install(renderer);
            renderer.layout();
            try (PDDocument pdf = renderer.createPDFKeepOpen()) {
                PDDocumentInformation info = pdf.getDocumentInformation();
                info.setCreationDate(date);
                info.setModificationDate(date);
                LinkDescriptions.add(pdf);
                EmptyArtifacts.remove(pdf);
                MarkedContentReferences.inline(pdf);
                pdf.setDocumentId((long) html.hashCode());
                pdf.save(out);
            }
        }
        return out.toByteArray();
    }

    /** Midnight UTC of an ISO date (yyyy-mm-dd). */
    public static Calendar utcDate(java.time.LocalDate date) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return calendar;
    }
}
