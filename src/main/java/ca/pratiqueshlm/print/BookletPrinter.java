package ca.pratiqueshlm.print;

import ca.pratiqueshlm.output.GeneratedFile;
import ca.pratiqueshlm.plan.Charts;
import ca.pratiqueshlm.print.BookletAssembler.Mark;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints a booklet from parts rendered on their own: cover, map and timeline, contents, one PDF per
 * fiche and the sources, put together by {@link BookletAssembler}. A fiche's part is the same in every
 * booklet that holds it, so a build renders it once, and the PDF cache keeps it: after one fiche
 * changed, only that fiche's part (and the cover, contents or sources if its date or length changed)
 * is laid out again, not the 60 pages of the booklet with every fiche.
 */
final class BookletPrinter {
    /** Makes one PDF from a template and its model, through the PDF cache. */
    interface PdfMaker {
        byte[] make(String template, Record model, String baseUri, LocalDate date) throws IOException;
    }

    /** Lays out a fiche as its own PDF (unnumbered), through the PDF cache. */
    interface FicheLayouts {
        byte[] of(BookletView.Entry entry) throws IOException;
    }

    /** Bump when BookletAssembler changes how the same parts become a booklet. */
    static final String ASSEMBLER_VERSION = "2";
    /**
     * The date written in the metadata of the front and the sources, which the booklet does not keep (it
     * takes the cover's): fixed, so they are not laid out again because the booklet's edition date changed.
     */
    private static final LocalDate PART_DATE = LocalDate.of(2000, 1, 1);

    private record Part(byte[] pdf, int pages) {}

    private final PdfMaker pdfs;
    private final FicheLayouts layouts;
    private final PdfCache cache;
    /** Made only when a booklet is put together: a build whose booklets all come from the cache reads no font. */
    private final NumberFont pageNumberFont;

    /** The font of the page numbers. */
    interface NumberFont {
        PageNumbers.Font get() throws IOException;
    }
    /** Each fiche's layout, made once per build by the first PDF that asks for it. */
    private final Map<String, Once<Part>> fiches = new ConcurrentHashMap<>();

    BookletPrinter(PdfMaker pdfs, FicheLayouts layouts, PdfCache cache, NumberFont pageNumberFont) {
        this.pdfs = pdfs;
        this.layouts = layouts;
        this.cache = cache;
        this.pageNumberFont = pageNumberFont;
    }

    /** The booklet, published at {@code path}. */
    GeneratedFile print(String path, BookletView view, Charts.BookletCharts charts, PdfDocumentView doc,
            String baseUri, LocalDate date) throws IOException {
        // What the front and the sources show, without the fiches' content: their cache keys stay small.
        BookletView.Front front = view.front();
        // The cover and the map do not depend on the fiches' layouts: made before waiting for them.
        byte[] cover = pdfs.make("pdf-livret.ftl", part(front, charts, doc, Map.of(), "cover"), baseUri, date);
        byte[] map = charts == null ? null
                : pdfs.make("pdf-livret.ftl", part(front, charts, doc, Map.of(), "charts"), baseUri, PART_DATE);
        List<BookletView.Entry> entries = view.allFiches();
        List<Part> parts = new ArrayList<>();
        for (BookletView.Entry entry : entries) {
            parts.add(fiche(entry));
        }
        int before = cache.pages(cover) + (map == null ? 0 : cache.pages(map));
        int contentsPages = 1;
        Map<String, Integer> pages = pages(before + contentsPages, entries, parts);
        byte[] contents = pdfs.make("pdf-livret.ftl", part(front, charts, doc, pages, "contents"), baseUri, PART_DATE);
        // The contents' length does not depend on the numbers in it: a second layout at most.
        if (cache.pages(contents) != contentsPages) {
            contentsPages = cache.pages(contents);
            pages = pages(before + contentsPages, entries, parts);
            contents = pdfs.make("pdf-livret.ftl", part(front, charts, doc, pages, "contents"), baseUri, PART_DATE);
        }
        byte[] sources = pdfs.make("pdf-livret-sources.ftl",
                new PrintPublisher.BookletSourcesPdf(front, doc, pages), baseUri, PART_DATE);
        List<byte[]> all = new ArrayList<>();
        all.add(cover);
        if (map != null) {
            all.add(map);
        }
        all.add(contents);
        parts.forEach(p -> all.add(p.pdf()));
        all.add(sources);
        List<Mark> outline = outline(view, pages);
        StringBuilder key = new StringBuilder("booklet " + ASSEMBLER_VERSION + "\n" + outline + "\n");
        // A part's cache key stands for its bytes: no need to hash a 60-page booklet's parts again.
        all.forEach(pdf -> key.append(cache.keyOf(pdf)).append('\n'));
        return cache.publish(path, key.toString(), baseUri, date.toString(),
                () -> BookletAssembler.assemble(all, outline, pageNumberFont.get(), key.toString().hashCode()));
    }

    /** A part of the front; the charts go to the map part alone, so the others' cache keys do not hold them. */
    private static PrintPublisher.BookletPdf part(BookletView.Front front, Charts.BookletCharts charts,
            PdfDocumentView doc, Map<String, Integer> pages, String part) {
        return new PrintPublisher.BookletPdf(front, part.equals("charts") ? charts : null, doc, pages, part);
    }

    /**
     * A fiche's layout, the part of every booklet that holds it, made once per build by the first that
     * asks (the fiche's own PDF or a booklet; the others find it made, or being made).
     */
    byte[] layout(BookletView.Entry entry) throws IOException {
        return fiche(entry).pdf();
    }

    private Part fiche(BookletView.Entry entry) throws IOException {
        return fiches.computeIfAbsent(entry.anchor(), anchor -> new Once<>(() -> {
            byte[] pdf = layouts.of(entry);
            return new Part(pdf, cache.pages(pdf));
        })).get();
    }

    /** The page each part starts on (numbered from the cover, 1), by anchor; "sources" for the last. */
    private static Map<String, Integer> pages(int front, List<BookletView.Entry> entries, List<Part> parts) {
        Map<String, Integer> pages = new LinkedHashMap<>();
        int next = front + 1;
        for (int i = 0; i < entries.size(); i++) {
            pages.put(entries.get(i).anchor(), next);
            next += parts.get(i).pages();
        }
        pages.put("sources", next);
        return pages;
    }

    /** Categories (when the booklet has several), their fiches, then the sources. */
    private static List<Mark> outline(BookletView view, Map<String, Integer> pages) {
        List<Mark> marks = new ArrayList<>();
        for (BookletView.Group group : view.groups()) {
            List<Mark> fiches = group.fiches().stream()
                    .map(e -> new Mark(e.fiche().heading().title(), pages.get(e.anchor()), List.of())).toList();
            if (group.title() == null) {
                marks.addAll(fiches);
            } else {
                marks.add(new Mark(group.title(), fiches.get(0).page(), fiches));
            }
        }
        marks.add(new Mark("Sources", pages.get("sources"), List.of()));
        return marks;
    }
}
