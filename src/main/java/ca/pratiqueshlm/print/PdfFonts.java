package ca.pratiqueshlm.print;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.FontMappers;

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

    private record Face(String family, int weight, FontStyle style, byte[] bytes) {}

    private final List<Face> faces;

    private PdfFonts(List<Face> faces) {
        this.faces = faces;
    }

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
        var digest = PdfCache.digest();
        faces.forEach(face -> digest.update(face.bytes()));
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /** DejaVu Sans, regular: the booklets' page numbers, written after layout. */
    byte[] sans() {
        return faces.get(0).bytes();
    }

    void register(PdfRendererBuilder builder) {
        for (Face face : faces) {
            byte[] bytes = face.bytes();
            builder.useFont(() -> new ByteArrayInputStream(bytes), face.family(), face.weight(), face.style(), true);
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
            return new Face(family, weight, style, withoutGsub(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
