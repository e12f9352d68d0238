package ca.pratiqueshlm.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Puts a booklet's parts (tagged PDFs from openhtmltopdf) together with PDFBox: appends their pages and
 * structure trees to the front's, so the booklet keeps the front's title, language and metadata; turns
 * the front's and the sources' {@code livret-page:n} links into links to page n; writes the outline; and
 * writes "Page n de N" on every page but the cover ({@link PageNumbers}).
 */
final class BookletAssembler {
    static final String PAGE_LINK = "livret-page:";

    /** An outline entry: its title, the page it opens (from 1) and its children. */
    record Mark(String title, int page, List<Mark> children) {}

    private BookletAssembler() {}

    static byte[] assemble(List<byte[]> parts, List<Mark> outline, TrueTypeFont font, long id) throws IOException {
        List<PDDocument> open = new ArrayList<>();
        try {
            PDDocument book = Loader.loadPDF(parts.get(0));
            open.add(book);
            PDFMergerUtility merger = new PDFMergerUtility();
            for (byte[] part : parts.subList(1, parts.size())) {
                // Kept open until the booklet is saved: appended pages still read their streams.
                PDDocument document = Loader.loadPDF(part);
                open.add(document);
                merger.appendDocument(book, document);
            }
            // The merger writes /Suspects false, which the front did not have and some readers (poppler)
            // report as an error; absent means the same.
            book.getDocumentCatalog().getMarkInfo().getCOSObject().removeItem(COSName.getPDFName("Suspects"));
            linkPages(book);
            outline(book, outline);
            // The cover is not numbered.
            PageNumbers.write(book, PDType0Font.load(book, font, true), 1);
            book.setDocumentId(id);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            book.save(out);
            return out.toByteArray();
        } finally {
            for (PDDocument document : open) {
                document.close();
            }
        }
    }

    private static void linkPages(PDDocument book) throws IOException {
        for (PDPage page : book.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                        && uri.getURI() != null && uri.getURI().startsWith(PAGE_LINK)) {
                    int number = Integer.parseInt(uri.getURI().substring(PAGE_LINK.length()));
                    PDActionGoTo goTo = new PDActionGoTo();
                    goTo.setDestination(top(book, number));
                    link.setAction(goTo);
                    link.setContents("Aller à la page " + number);
                }
            }
        }
    }

    private static void outline(PDDocument book, List<Mark> marks) {
        PDDocumentOutline outline = new PDDocumentOutline();
        marks.forEach(mark -> outline.addLast(item(book, mark)));
        book.getDocumentCatalog().setDocumentOutline(outline);
        book.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    private static PDOutlineItem item(PDDocument book, Mark mark) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(mark.title());
        item.setDestination(top(book, mark.page()));
        mark.children().forEach(child -> item.addLast(item(book, child)));
        return item;
    }

    private static PDPageXYZDestination top(PDDocument book, int number) {
        PDPage page = book.getPage(number - 1);
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setTop((int) page.getMediaBox().getUpperRightY());
        return destination;
    }
}
