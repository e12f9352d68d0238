package ca.pratiqueshlm.print;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts embedded in every PDF: DejaVu Sans and DejaVu Serif, read from the jasperreports-fonts jar
 * (Maven Central, no dependencies), so no build machine needs fonts installed. DejaVu covers French
 * typography: accents, œ, « », ’ and the narrow no-break space. Each font is read once and shared;
 * the renderer subsets it into each PDF.
 */
public final class PdfFonts {
    static final String SANS = "DejaVu Sans";
    static final String SERIF = "DejaVu Serif";
    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

    static {
        // PDFBox's font mapper is process-wide; set once, when the first PDF is about to be made
        // (class initialisation runs once, whatever the threads). See StandardFontMapper for why.
        FontMappers.set(StandardFontMapper.fromJar());
    }

    /** A font file, and the font parsed from it once for every PDF of a build. */
    private record Face(String family, int weight, FontStyle style, byte[] bytes, TrueTypeFont parsed) {}

    private final List<Face> faces;
    private final String fingerprint;

    private PdfFonts(List<Face> faces) {
        this.faces = faces;
        var digest = PdfCache.digest();
        faces.forEach(face -> digest.update(face.bytes()));
        this.fingerprint = java.util.HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Reads and hashes the fonts, about a third of a second of a cold run (mostly class loading): a
     * build starts it on another core while it reads the content.
     */
    public static PdfFonts load() {
        return new PdfFonts(List.of(
                face(SANS, 400, FontStyle.NORMAL, "DejaVuSans.ttf"),
                face(SANS, 700, FontStyle.NORMAL, "DejaVuSans-Bold.ttf"),
                face(SANS, 400, FontStyle.ITALIC, "DejaVuSans-Oblique.ttf"),
                face(SANS, 700, FontStyle.ITALIC, "DejaVuSans-BoldOblique.ttf"),
                face(SERIF, 400, FontStyle.NORMAL, "DejaVuSerif.ttf"),
                face(SERIF, 700, FontStyle.NORMAL, "DejaVuSerif-Bold.ttf"),
                face(SERIF, 400, FontStyle.ITALIC, "DejaVuSerif-Italic.ttf")));
    }

    /** A hash of every face's bytes: the PDF cache's key changes with the fonts. */
    String fingerprint() {
        return fingerprint;
    }

    /** DejaVu Sans, regular: the booklets' page numbers, written after layout. */
    TrueTypeFont sans() {
        return faces.get(0).parsed();
    }

    /**
     * Gives the renderer the fonts for {@code document}, each embedded (as a subset) only if the document
     * uses it. The parsed fonts are shared: reading a font's tables (its character map alone is some
     * 10,000 boxed entries) cost more than laying out a short fiche. PDFBox reads a shared font under
     * its own lock, as it does for the system fonts it caches, and never closes one it did not open.
     */
    void register(PdfRendererBuilder builder, PDDocument document) {
        for (Face face : faces) {
            builder.useFont(new Embedded(document, face.parsed()), face.family(), face.weight(), face.style(), true);
        }
    }

    /** A face embedded in one document on first use. */
    private static final class Embedded extends PDFontSupplier {
        private final PDDocument document;
        private final TrueTypeFont font;
        private PDFont embedded;

        Embedded(PDDocument document, TrueTypeFont font) {
            super(null);
            this.document = document;
            this.font = font;
        }

        @Override
        public PDFont supply() {
            if (embedded == null) {
                try {
                    embedded = PDType0Font.load(document, font, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return embedded;
        }
    }

    /**
     * Hides the font's GSUB table (glyph substitutions: ligatures, variants) by renaming its tag.
     * PDFBox otherwise runs its substitution engine on every string it draws, a fifth of the PDF
     * time; French needs none of it (œ is a character of its own), and the subset keeps no GSUB.
     */
    static byte[] withoutGsub(byte[] font) {
        ByteBuffer buffer = ByteBuffer.wrap(font);
        int tables = buffer.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (buffer.getInt(record) == GSUB) {
                buffer.putInt(record, UNUSED_TAG);
            }
        }
        return font;
    }

    private static final int GSUB = tag("GSUB");
    private static final int UNUSED_TAG = tag("xsub");

    private static int tag(String tag) {
        return ByteBuffer.wrap(tag.getBytes(StandardCharsets.US_ASCII)).getInt();
    }

    private static Face face(String family, int weight, FontStyle style, String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " missing: is jasperreports-fonts on the classpath?");
            }
            byte[] bytes = withoutGsub(in.readAllBytes());
            return new Face(family, weight, style, bytes, new TTFParser().parse(new RandomAccessReadBuffer(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
