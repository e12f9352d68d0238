package ca.pratiqueshlm.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes "Page n de N" at the bottom right of laid-out pages, where the templates leave the footer's box
 * empty, marked as a pagination artifact (PDF/UA: not content). A fiche is laid out once without numbers:
 * its own PDF numbers its pages from 1, a booklet numbers them where they fall in it.
 */
final class PageNumbers {
    /** Bump when the numbers are written differently: the PDF cache keeps numbered fiches by it. */
    static final String VERSION = "1";
    /** The footer box of pdf-style.ftl: 15 mm from the right edge; the baseline of a 7.5 pt line at its top. */
    private static final float RIGHT = 15 * 72 / 25.4f;
    private static final float BASELINE = 37.5f;
    private static final float SIZE = 7.5f;
    private static final float GREY = 0.2f;

    private PageNumbers() {}

    /** {@code pdf} with every page numbered, saved under the file identifier {@code id}. */
    static byte[] numbered(byte[] pdf, TrueTypeFont font, long id) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            write(document, PDType0Font.load(document, font, true), 0);
            document.setDocumentId(id);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 8192);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Numbers the pages of {@code document} from the one at index {@code first} (0: all of them). */
    static void write(PDDocument document, PDFont font, int first) throws IOException {
        int total = document.getNumberOfPages();
        COSDictionary pagination = new COSDictionary();
        pagination.setName(COSName.TYPE, "Pagination");
        for (int i = first; i < total; i++) {
            PDPage page = document.getPage(i);
            String text = "Page " + (i + 1) + " de " + total;
            PDRectangle box = page.getMediaBox();
            float x = box.getUpperRightX() - RIGHT - font.getStringWidth(text) / 1000 * SIZE;
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
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
