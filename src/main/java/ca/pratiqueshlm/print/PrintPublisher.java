package ca.pratiqueshlm.print;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.NamedBooklet;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.output.BuildCache;
import ca.pratiqueshlm.output.GeneratedFile;
import ca.pratiqueshlm.plan.Paths;
import ca.pratiqueshlm.plan.FrenchTypography;
import ca.pratiqueshlm.plan.PrintLinks;
import ca.pratiqueshlm.plan.PrintPaths;
import ca.pratiqueshlm.plan.ViewFactory;
import ca.pratiqueshlm.plan.Charts;
import ca.pratiqueshlm.plan.FicheView;
import ca.pratiqueshlm.render.TemplateEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every printable output of the site that is not a page: the fiche PDFs, their forum versions and the booklets. */
public final class PrintPublisher {
    /** The templates the PDFs are rendered from. */
    public static final List<String> TEMPLATES = List.of("pdf-fiche.ftl", "pdf-forum.ftl", "pdf-livret.ftl",
            "pdf-livret-sources.ftl");

    private final Site site;
    private final SiteIndex index;
    private final ViewFactory views;
    private final TemplateEngine templates;
    private final java.nio.file.Path pdfCache;
    private final BuildCache buildCache;
    private final QrImages qrImages;
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
        this.qrImages = new QrImages(buildCache);
        this.site = site;
        this.index = index;
        this.views = views;
        // The PDF cache is keyed by the HTML as the templates write it; the same Quebec French typography as
        // the pages is applied only to the HTML a PDF is made from (docs/PRINT.md).
        this.templates = templates;
    }

    /**
     * Every PDF: one per fiche, its forum version, and the booklets, returned in path order. They are
     * made by one worker per core, in an order that keeps every core busy to the end: first each
     * fiche's two PDFs (its layout, which every booklet holding the fiche takes as it is, numbered,
     * and its forum version), then the booklets, largest first, so the smaller ones are put together
     * while the one with every fiche is.
     *
     * @param firstToLast the site's fiches in the order their PDFs are laid out (the build puts the last
     *                    edited first, so after an edit its layout starts at once); the output does not
     *                    depend on it
     */
    public PdfOutput pdfs(List<Fiche> firstToLast) {
        Pdfs pdf = pdfMaker();
        Booklets booklets = booklets();
        try (PdfWorkers workers = new PdfWorkers()) {
            List<Future<GeneratedFile>> files = new ArrayList<>();
            for (Fiche fiche : firstToLast) {
                files.add(workers.submit(() -> fichePdf(pdf, booklets.entry(fiche), fiche)));
                files.add(workers.submit(() -> forumPdf(pdf, fiche)));
            }
            // Planned while the workers lay out the fiches.
            List<Booklets.Plan> plans = new ArrayList<>(booklets.plans());
            plans.sort(Comparator.comparingInt((Booklets.Plan plan) -> plan.view().allFiches().size()).reversed());
            plans.forEach(plan -> files.add(workers.submit(() -> booklet(pdf, plan))));
            List<GeneratedFile> made = PdfWorkers.awaitAll(files).stream()
                    .sorted(Comparator.comparing(GeneratedFile::path))
                    .toList();
            pdf.cache().prune();
            return new PdfOutput(made, PageBudget.check(site.fiches(), made, pdf.cache()::pages));
        }
    }

    private Booklets booklets() {
        return new Booklets(site, index, views, this::printLinks, qrImages::of);
    }

    /**
     * The booklet of a selection of fiches, in the given order. With a PDF cache, the fiches' parts a
     * build already rendered are read back: only the front and the sources are laid out.
     */
    public byte[] selectionBooklet(String title, List<Fiche> fiches) {
        return booklet(pdfMaker(), booklets().selection(title, fiches)).bytes();
    }

    /** A named booklet of content/data/livrets.yaml, as the build publishes it ({@code fiches livret --nom}). */
    public byte[] namedBooklet(NamedBooklet booklet) {
        return booklet(pdfMaker(), booklets().named(booklet)).bytes();
    }

    /** The renderer, its fonts and cache, for one build. */
    private record Pdfs(PdfRenderer renderer, PdfFonts fonts, PdfCache cache, BookletPrinter booklets) {}

    private Pdfs pdfMaker() {
        // Each face is read when a PDF first uses it: a build whose PDFs all come from the cache reads none.
        PdfFonts fonts = PdfFonts.load();
        PdfRenderer renderer = new PdfRenderer(fonts);
        PdfCache cache = new PdfCache(pdfCache, renderer.fontFingerprint(), buildCache);
        Map<String, Fiche> byAnchor = new java.util.HashMap<>();
        site.fiches().forEach(fiche -> byAnchor.put(Booklets.anchor(fiche), fiche));
        return new Pdfs(renderer, fonts, cache, new BookletPrinter(
                (template, model, baseUri, date) -> bytes(renderer, cache, template, model, baseUri, date),
                entry -> ficheLayout(renderer, cache, entry, byAnchor.get(entry.anchor())), cache, fonts::pageNumbers));
    }

    /** The PDFs, and the forum versions that do not fit their two pages (content errors). */
    public record PdfOutput(List<GeneratedFile> files, List<Diagnostic> problems) {
        /** What a build without PDFs makes. */
        public static final PdfOutput NONE = new PdfOutput(List.of(), List.of());
    }

    private GeneratedFile forumPdf(Pdfs pdf, Fiche fiche) {
        FicheView view = views.fiche(fiche);
        ForumPdf model = new ForumPdf(view, ForumDigest.of(fiche, view), printLinks(fiche),
                new PdfDocumentView(fiche.title() + " (version forum)", site.config().publisher(),
                        fiche.summary(), keywords(fiche), site.config().title(), site.config().baseUrl()));
        return pdf(pdf, PrintPaths.forumPdf(fiche.slug()), "pdf-forum.ftl", model, url(fiche), fiche.updated());
    }

    /** The fiche's own PDF: its layout (shared with the booklets), its pages numbered from 1. */
    private GeneratedFile fichePdf(Pdfs pdf, BookletView.Entry entry, Fiche fiche) {
        String path = PrintPaths.pdf(fiche.slug());
        try {
            byte[] layout = pdf.booklets().layout(entry);
            String key = "numbered " + PageNumbers.VERSION + "\n" + pdf.cache().keyOf(layout);
            return pdf.cache().publish(path, key, url(fiche), fiche.updated().toString(),
                    () -> BookletAssembler.numbered(layout, pdf.fonts().pageNumbers(), key.hashCode()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        }
    }

    /**
     * A fiche laid out without page numbers, dated by its last update: the same for its own PDF and every
     * booklet that holds it. Links are relative to fiches/, as on the fiche pages.
     */
    private byte[] ficheLayout(PdfRenderer renderer, PdfCache cache, BookletView.Entry entry, Fiche fiche)
            throws IOException {
        FichePdf model = new FichePdf(entry.anchor(), entry.fiche(), entry.print(),
                new PdfDocumentView(fiche.title(), site.config().publisher(), fiche.summary(),
                        keywords(fiche), site.config().title(), site.config().baseUrl()));
        return bytes(renderer, cache, "pdf-fiche.ftl", model, bookletBase(), fiche.updated());
    }

    private GeneratedFile booklet(Pdfs pdf, Booklets.Plan plan) {
        try {
            return pdf.booklets().print(plan.path(), plan.view(), bookletCharts(plan), bookletDoc(plan),
                    bookletBase(), plan.date());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(plan.path() + ": " + e.getMessage(), e);
        }
    }

    private PdfDocumentView bookletDoc(Booklets.Plan plan) {
        return new PdfDocumentView(plan.title(), site.config().publisher(), plan.subject(),
                plan.view().title(), site.config().title(), site.config().baseUrl());
    }

    /** Fiche links in a booklet are relative to fiches/, as on the fiche pages. */
    private String bookletBase() {
        return site.config().baseUrl() + "fiches/";
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
            byte[] html = render(template, model);
            return pdf.cache().publish(path, html, baseUri, date.toString(), layOut(pdf.renderer(), html, baseUri, date));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        }
    }

    private byte[] bytes(PdfRenderer renderer, PdfCache cache, String template, Record model, String baseUri,
            LocalDate date) throws IOException {
        byte[] html = render(template, model);
        return cache.get(html, baseUri, date.toString(), layOut(renderer, html, baseUri, date));
    }

    /**
     * Lays {@code html} out, typeset as the pages are (the cache keys the HTML before typography). Decoded
     * only here: a PDF found in the cache needs its HTML's bytes alone.
     */
    private static PdfCache.Render layOut(PdfRenderer renderer, byte[] html, String baseUri, LocalDate date) {
        return () -> renderer.render(FrenchTypography.html(new String(html, StandardCharsets.UTF_8)), baseUri,
                PdfRenderer.utcDate(date));
    }

    private PrintLinks printLinks(Fiche fiche) {
        return printLinks.computeIfAbsent(fiche.slug(), slug -> {
            String url = url(fiche);
            return new PrintLinks(url, qrImages.of(url), null);
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

    /** The HTML a PDF is made from, in UTF-8, as the page cache keeps it. */
    private byte[] render(String template, Record model) {
        try {
            return templates.renderUtf8(template, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data model of pdf-fiche.ftl: {@code anchor} is where booklets link to the fiche. */
    public record FichePdf(String anchor, FicheView fiche, PrintLinks print, PdfDocumentView doc) {}

    /**
     * The data model of pdf-livret.ftl, a part of a booklet's front: {@code part} is cover, charts or
     * contents; {@code pages}: where each part starts, by anchor (contents only); {@code charts}: the map
     * and timeline (charts only).
     */
    public record BookletPdf(BookletView.Front booklet, Charts.BookletCharts charts, PdfDocumentView doc,
            Map<String, Integer> pages, String part) {}

    /** The data model of pdf-livret-sources.ftl, a booklet's sources. */
    public record BookletSourcesPdf(BookletView.Front booklet, PdfDocumentView doc, Map<String, Integer> pages) {}

    /** The model of {@code pdf-forum.ftl}: the fiche, what its forum version keeps, links, metadata. */
    public record ForumPdf(FicheView fiche, ForumView forum, PrintLinks print, PdfDocumentView doc) {}

    private String url(Fiche fiche) {
        return site.config().baseUrl() + Paths.fiche(fiche.slug());
    }
}
