package ca.pratiqueshlm.print;

import ca.pratiqueshlm.print.PdfValue.Dict;
import ca.pratiqueshlm.print.PdfValue.Ref;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * "Page n de N" at the bottom right of laid-out pages, where the templates leave the footer's box empty,
 * marked as a pagination artifact (PDF/UA: not content). A fiche is laid out once without numbers: its
 * own PDF numbers its pages from 1, a booklet numbers them where they fall in it ({@link BookletAssembler}
 * writes them).
 */
final class PageNumbers {
    /** Bump when the numbers are written differently: the PDF cache keeps numbered fiches by it. */
    static final String VERSION = "2";
    /** The footer box of pdf-style.ftl: 15 mm from the right edge; the baseline of a 7.5 pt line at its top. */
    private static final float RIGHT = 15 * 72 / 25.4f;
    private static final float BASELINE = 37.5f;
    private static final float SIZE = 7.5f;
    private static final String GREY = "0.2 g";

    /** Every character a number is written with. */
    private static final String CHARACTERS = "Page d0123456789";

    /**
     * The numbers' font, DejaVu Sans cut down to the glyphs they use, in a one-page PDF of its own from
     * which a numbered PDF copies it; each character's code in that font (hexadecimal) and its width at
     * the numbers' size. Made once per build ({@link PdfFonts#pageNumbers}).
     */
    record Font(PdfFile file, Ref font, Map<Integer, String> codes, Map<Integer, Float> widths) {
        /** {@code text} as the font encodes it, a hexadecimal string. */
        String code(String text) {
            StringBuilder hex = new StringBuilder("<");
            text.codePoints().forEach(c -> hex.append(codes.get(c)));
            return hex.append('>').toString();
        }

        /** {@code text}'s width: the sum of its glyphs' (the numbers are not kerned). */
        float width(String text) {
            float width = 0;
            for (int c : text.codePoints().toArray()) {
                width += widths.get(c);
            }
            return width;
        }
    }

    private PageNumbers() {}

    static String text(int page, int total) {
        return "Page " + page + " de " + total;
    }

    /** The font, subset by PDFBox (which encodes each glyph by its number in the full font). */
    static Font font(TrueTypeFont ttf) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, ttf, true);
            Map<Integer, String> codes = new HashMap<>();
            Map<Integer, Float> widths = new HashMap<>();
            for (int c : CHARACTERS.codePoints().toArray()) {
                String character = Character.toString(c);
                codes.put(c, hex(font.encode(character)));
                widths.put(c, font.getStringWidth(character) / 1000 * SIZE);
                font.addToSubset(c);
            }
            // A content stream would have the save subset the font; this document has none.
            font.subset();
            PDPage page = new PDPage();
            PDResources resources = new PDResources();
            page.setResources(resources);
            resources.add(font);
            document.addPage(page);
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            document.save(out);
            PdfFile file = PdfFile.read(out.toByteArray());
            Dict fonts = file.dict(file.dict(file.dict(file.pages().get(0)).get("Resources")).get("Font"));
            if (fonts.entries().size() != 1 || !(fonts.entries().values().iterator().next() instanceof Ref ref)) {
                throw new IOException("police des numéros de page introuvable");
            }
            return new Font(file, ref, Map.copyOf(codes), Map.copyOf(widths));
        }
    }

    /**
     * The content that ends a numbered page: closes the {@code q} the page's own content was opened
     * with, then writes the number in resource {@code fontName}, {@code width} wide, on a page whose
     * media box is {@code box} (x0 y0 x1 y1).
     */
    static byte[] stamp(String fontName, String code, float width, float[] box) {
        float x = box[2] - RIGHT - width;
        float y = box[1] + BASELINE;
        String content = "Q\n/Artifact <</Type /Pagination>> BDC\nBT\n/" + fontName + " " + number(SIZE) + " Tf\n"
                + GREY + "\n" + number(x) + " " + number(y) + " Td\n" + code + " Tj\nET\nEMC\n";
        return content.getBytes(StandardCharsets.US_ASCII);
    }

    private static String number(float value) {
        return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            hex.append(String.format(Locale.ROOT, "%02X", b));
        }
        return hex.toString();
    }
}
