package ca.pratiqueshlm.print;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
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
 * writes "Page n de N" at the bottom right of every page but the cover, marked as a pagination artifact
 * (PDF/UA: not content), where the parts left the footer's box empty.
 */
final class BookletAssembler {
    static final String PAGE_LINK = "livret-page:";
    /** The footer box of pdf-style.ftl: 15 mm from the right edge; the baseline of a 7.5 pt line at its top. */
    private static final float RIGHT = 15 * 72 / 25.4f;
    private static final float BASELINE = 37.5f;
    private static final float SIZE = 7.5f;
    private static final float GREY = 0.2f;

    /** An outline entry: its title, the page it opens (from 1) and its children. */
    record Mark(String title, int page, List<Mark> children) {}

    private BookletAssembler() {}

    static byte[] assemble(List<byte[]> parts, List<Mark> outline, byte[] font, long id) throws IOException {
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
            numberPages(book, PDType0Font.load(book, new ByteArrayInputStream(font), true));
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

    private static void numberPages(PDDocument book, PDFont font) throws IOException {
        int total = book.getNumberOfPages();
        COSDictionary pagination = new COSDictionary();
        pagination.setName(COSName.TYPE, "Pagination");
        for (int i = 1; i < total; i++) {
            PDPage page = book.getPage(i);
            String text = "Page " + (i + 1) + " de " + total;
            PDRectangle box = page.getMediaBox();
            float x = box.getUpperRightX() - RIGHT - font.getStringWidth(text) / 1000 * SIZE;
            try (PDPageContentStream content = new PDPageContentStream(book, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                content.beginMarkedContent(COSName.getPDFName("Artifact"), PDPropertyList.create(pagination));
                content.beginText();
                content.setFont(font, SIZE);
                content.setNonStrokingColor(GREY);
                content.newLineAtOffset(x, box.getLowerLeftY() + BASELINE);
                content.showText(text);
                content.endText();
                content.endMarkedContent();
            }
        }
    }
}
