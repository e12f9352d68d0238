package ca.pratiqueshlm.print;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.NamedBooklet;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.output.BuildCache;
import ca.pratiqueshlm.output.GeneratedFile;
import ca.pratiqueshlm.plan.Paths;
import ca.pratiqueshlm.plan.PrintLinks;
import ca.pratiqueshlm.plan.PrintPaths;
import ca.pratiqueshlm.plan.ViewFactory;
import ca.pratiqueshlm.plan.Charts;
import ca.pratiqueshlm.plan.FicheView;
import ca.pratiqueshlm.render.TemplateEngine;
import ca.pratiqueshlm.render.TypesetTemplateEngine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every printable output of the site that is not a page: QR codes, fiche PDFs and booklets. */
public final class PrintPublisher {
    /** Pixels per QR module in the PDFs' PNG: sharp at 22 mm without bloating the file. */
    static final int QR_SCALE = 4;

    private final Site site;
    private final SiteIndex index;
    private final ViewFactory views;
    private final TemplateEngine templates;
    private final java.nio.file.Path pdfCache;
    private final BuildCache buildCache;
    /** A fiche's links and QR code, drawn once though the fiche appears in several PDFs. */
    private final Map<String, PrintLinks> printLinks = new ConcurrentHashMap<>();

    public PrintPublisher(Site site, SiteIndex index, ViewFactory views, TemplateEngine templates) {
        this(site, index, views, templates, null);
    }

    /** @param pdfCache where unchanged PDFs are kept between builds (under target/); null for none */
    public PrintPublisher(Site site, SiteIndex index, ViewFactory views, TemplateEngine templates,
            java.nio.file.Path pdfCache) {
        this(site, index, views, templates, pdfCache, BuildCache.none());
    }

    /** @param buildCache keeps the PDFs' QR images and page counts between builds */
    public PrintPublisher(Site site, SiteIndex index, ViewFactory views, TemplateEngine templates,
            java.nio.file.Path pdfCache, BuildCache buildCache) {
        this.pdfCache = pdfCache;
        this.buildCache = buildCache;
        this.site = site;
        this.index = index;
        this.views = views;
        // The same Quebec French typography as the HTML pages, applied to the rendered text (docs/PRINT.md).
        this.templates = new TypesetTemplateEngine(templates);
    }

    /** One SVG QR code per fiche, of the fiche's public address. */
    public List<GeneratedFile> qrCodes() {
        return qrCodes(BuildCache.none());
    }

    /** {@link #qrCodes()}, each code taken from {@code cache} when it has already been drawn. */
    public List<GeneratedFile> qrCodes(BuildCache cache) {
        // Choosing a QR code's mask is the costly part and each code is independent: encode in parallel
        // (an ordered stream, so the list, like the output, does not depend on scheduling).
        return site.fiches().parallelStream()
                .map(fiche -> new GeneratedFile(PrintPaths.qr(fiche.slug()), cache.get("qr", url(fiche),
                        () -> QrCode.of(url(fiche)).svg().getBytes(StandardCharsets.UTF_8))))
                .toList();
    }

    /**
     * Every PDF: one per fiche and the forum booklets. They render in parallel, the booklets first (the
     * fiches' booklet parts they share are made by the first that asks). Returned in path order.
     */
    public PdfOutput pdfs() {
        Pdfs pdf = pdfMaker();
        PdfCache cache = pdf.cache();
        List<Supplier<GeneratedFile>> tasks = new ArrayList<>();
        new Booklets(site, index, views, this::printLinks).plans().forEach(b -> tasks.add(() -> booklet(pdf, b)));
        site.fiches().forEach(f -> tasks.add(() -> fichePdf(pdf, f)));
        site.fiches().forEach(f -> tasks.add(() -> forumPdf(pdf, f)));
        List<GeneratedFile> files = tasks.parallelStream().map(Supplier::get)
                .sorted(Comparator.comparing(GeneratedFile::path))
                .toList();
        cache.prune();
        return new PdfOutput(files, PageBudget.check(site.fiches(), files, cache::pages));
    }

    /**
     * The booklet of a selection of fiches, in the given order. With a PDF cache, the fiches' parts a
     * build already rendered are read back: only the front and the sources are laid out.
     */
    public byte[] selectionBooklet(String title, List<Fiche> fiches) {
        return booklet(pdfMaker(), new Booklets(site, index, views, this::printLinks).selection(title, fiches)).bytes();
    }

    /** A named booklet of content/data/livrets.yaml, as the build publishes it ({@code fiches livret --nom}). */
    public byte[] namedBooklet(NamedBooklet booklet) {
        return booklet(pdfMaker(), new Booklets(site, index, views, this::printLinks).named(booklet)).bytes();
    }

    /** The renderer and its cache, for one build. */
    private record Pdfs(PdfRenderer renderer, PdfCache cache, BookletPrinter booklets) {}

    private Pdfs pdfMaker() {
        // Fonts are read here, not in the constructor: a build without PDFs never loads them.
        PdfFonts fonts = PdfFonts.load();
        PdfRenderer renderer = new PdfRenderer(fonts);
        PdfCache cache = new PdfCache(pdfCache, renderer.fontFingerprint(), buildCache);
        return new Pdfs(renderer, cache, new BookletPrinter((template, model, baseUri, date) ->
                bytes(renderer, cache, template, model, baseUri, date), cache, fonts.sans()));
    }

    /** The PDFs, and the forum versions that do not fit their two pages (content errors). */
    public record PdfOutput(List<GeneratedFile> files, List<Diagnostic> problems) {}

    private GeneratedFile forumPdf(Pdfs pdf, Fiche fiche) {
        FicheView view = views.fiche(fiche);
        ForumPdf model = new ForumPdf(view, ForumDigest.of(fiche, view), printLinks(fiche),
                new PdfDocumentView(fiche.title() + " (version forum)", site.config().publisher(),
                        fiche.summary(), keywords(fiche), site.config().title(), site.config().baseUrl()));
        return pdf(pdf, PrintPaths.forumPdf(fiche.slug()), "pdf-forum.ftl", model, url(fiche), fiche.updated());
    }

    private GeneratedFile fichePdf(Pdfs pdf, Fiche fiche) {
        FichePdf model = new FichePdf(views.fiche(fiche), printLinks(fiche),
                new PdfDocumentView(fiche.title(), site.config().publisher(), fiche.summary(),
                        keywords(fiche), site.config().title(), site.config().baseUrl()));
        return pdf(pdf, PrintPaths.pdf(fiche.slug()), "pdf-fiche.ftl", model, url(fiche), fiche.updated());
    }

    private GeneratedFile booklet(Pdfs pdf, Booklets.Plan plan) {
        PdfDocumentView doc = new PdfDocumentView(plan.title(), site.config().publisher(), plan.subject(),
                plan.view().title(), site.config().title(), site.config().baseUrl());
        try {
            // Fiche links in a booklet are relative to fiches/, as on the fiche pages.
            return new GeneratedFile(plan.path(), pdf.booklets().print(plan.view(), bookletCharts(plan), doc,
                    site.config().baseUrl() + "fiches/", plan.date()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(plan.path() + ": " + e.getMessage(), e);
        }
    }

    /** The map and timeline that open a booklet, of the fiches it holds (found by their anchors). */
    private Charts.BookletCharts bookletCharts(Booklets.Plan plan) {
        java.util.Set<String> anchors = plan.view().allFiches().stream().map(BookletView.Entry::anchor)
                .collect(Collectors.toSet());
        List<Fiche> fiches = site.fiches().stream().filter(f -> anchors.contains(Booklets.anchor(f))).toList();
        return new Charts(site, index).booklet("livret", fiches);
    }

    private GeneratedFile pdf(Pdfs pdf, String path, String template, Record model, String baseUri,
            LocalDate date) {
        try {
            return new GeneratedFile(path, bytes(pdf.renderer(), pdf.cache(), template, model, baseUri, date));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        }
    }

    private byte[] bytes(PdfRenderer renderer, PdfCache cache, String template, Record model, String baseUri,
            LocalDate date) throws IOException {
        String html = render(template, model);
        return cache.get(html, baseUri, date.toString(), () -> renderer.render(html, baseUri, PdfRenderer.utcDate(date)));
    }

    private PrintLinks printLinks(Fiche fiche) {
        return printLinks.computeIfAbsent(fiche.slug(), slug -> {
            String url = url(fiche);
            // Choosing the code's mask and writing the PNG cost more than reading them back.
            byte[] png = buildCache.get("qr-png-" + QR_SCALE, url,
                    () -> QrCode.of(url).pngDataUri(QR_SCALE).getBytes(StandardCharsets.US_ASCII));
            return new PrintLinks(url, new String(png, StandardCharsets.US_ASCII), null);
        });
    }

    private String keywords(Fiche fiche) {
        return Stream.concat(
                        Stream.concat(fiche.allCategories().stream().map(views::categoryName),
                                Stream.of(views.regionName(fiche.place().region()))),
                        fiche.aliases().stream())
                .distinct()
                .collect(Collectors.joining(", "));
    }

    private String render(String template, Record model) {
        StringWriter out = new StringWriter(32_768);
        try {
            templates.render(template, model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The data model of pdf-fiche.ftl. */
    public record FichePdf(FicheView fiche, PrintLinks print, PdfDocumentView doc) {}

    /**
     * The data model of pdf-livret.ftl, a part of a booklet's front: {@code part} is cover, charts or
     * contents; {@code pages}: where each part starts, by anchor (contents only).
     */
    public record BookletPdf(BookletView booklet, Charts.BookletCharts charts, PdfDocumentView doc,
            Map<String, Integer> pages, String part) {}

    /** The data model of pdf-livret-fiche.ftl, one fiche of a booklet. */
    public record BookletFichePdf(BookletView.Entry entry, PdfDocumentView doc) {}

    /** The data model of pdf-livret-sources.ftl, a booklet's sources. */
    public record BookletSourcesPdf(BookletView booklet, PdfDocumentView doc, Map<String, Integer> pages) {}

    /** The model of {@code pdf-forum.ftl}: the fiche, what its forum version keeps, links, metadata. */
    public record ForumPdf(FicheView fiche, ForumView forum, PrintLinks print, PdfDocumentView doc) {}

    private String url(Fiche fiche) {
        return site.config().baseUrl() + Paths.fiche(fiche.slug());
    }
}
