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

    /**
     * A font of the jar, read and parsed on first use, once for every PDF of a build: a build that lays
     * out one PDF reads only the faces that PDF uses, and one whose PDFs all come from the cache none.
     */
    private static final class Face {
        private final String family;
        private final int weight;
        private final FontStyle style;
        private final String file;
        private TrueTypeFont parsed;

        Face(String family, int weight, FontStyle style, String file) {
            this.family = family;
            this.weight = weight;
            this.style = style;
            this.file = file;
        }

        synchronized TrueTypeFont parsed() {
            if (parsed == null) {
                parsed = parse(file);
            }
            return parsed;
        }
    }

    private final List<Face> faces;
    private final String fingerprint;
    /** The page numbers' font, subset once per build for every numbered PDF. */
    private final Once<PageNumbers.Font> pageNumbers = new Once<>(() -> PageNumbers.font(sans()));

    private PdfFonts(List<Face> faces) {
        this.faces = faces;
        this.fingerprint = fingerprint(faces);
    }

    /** The fonts, each read and parsed when a PDF first needs it. */
    public static PdfFonts load() {
        return new PdfFonts(List.of(
                new Face(SANS, 400, FontStyle.NORMAL, "DejaVuSans.ttf"),
                new Face(SANS, 700, FontStyle.NORMAL, "DejaVuSans-Bold.ttf"),
                new Face(SANS, 400, FontStyle.ITALIC, "DejaVuSans-Oblique.ttf"),
                new Face(SANS, 700, FontStyle.ITALIC, "DejaVuSans-BoldOblique.ttf"),
                new Face(SERIF, 400, FontStyle.NORMAL, "DejaVuSerif.ttf"),
                new Face(SERIF, 700, FontStyle.NORMAL, "DejaVuSerif-Bold.ttf"),
                new Face(SERIF, 400, FontStyle.ITALIC, "DejaVuSerif-Italic.ttf")));
    }

    /** What the PDF cache's key holds of the fonts: it changes with them. */
    String fingerprint() {
        return fingerprint;
    }

    /**
     * The fonts jar's file name, which carries its version, as for the other libraries
     * (PdfCache.library): reading and hashing 3 MB of fonts cost a tenth of a second of every PDF
     * build. Fonts found elsewhere (a class folder) are hashed. The GSUB tag is part of the key: hiding
     * it changes every PDF.
     */
    private static String fingerprint(List<Face> faces) {
        String location = String.valueOf(PdfFonts.class.getResource(FOLDER + faces.get(0).file));
        int inJar = location.indexOf("!/");
        if (location.startsWith("jar:") && inJar > 0) {
            return location.substring(location.lastIndexOf('/', inJar) + 1, inJar) + "|GSUB hidden";
        }
        var digest = PdfCache.digest();
        faces.forEach(face -> digest.update(read(face.file)));
        return java.util.HexFormat.of().formatHex(digest.digest()) + "|GSUB hidden";
    }

    /** DejaVu Sans, regular: the page numbers' font. */
    TrueTypeFont sans() {
        return faces.get(0).parsed();
    }

    /** The font of "Page n de N", written after layout: made by the first PDF that needs it. */
    PageNumbers.Font pageNumbers() throws IOException {
        return pageNumbers.get();
    }

    /**
     * Gives the renderer the fonts for {@code document}, each embedded (as a subset) only if the document
     * uses it. The parsed fonts are shared: reading a font's tables (its character map alone is some
     * 10,000 boxed entries) cost more than laying out a short fiche. PDFBox reads a shared font under
     * its own lock, as it does for the system fonts it caches, and never closes one it did not open.
     */
    void register(PdfRendererBuilder builder, PDDocument document) {
        for (Face face : faces) {
            builder.useFont(new Embedded(document, face), face.family, face.weight, face.style, true);
        }
    }

    /** A face embedded in one document on first use. */
    private static final class Embedded extends PDFontSupplier {
        private final PDDocument document;
        private final Face font;
        private PDFont embedded;

        Embedded(PDDocument document, Face font) {
            super(null);
            this.document = document;
            this.font = font;
        }

        @Override
        public PDFont supply() {
            if (embedded == null) {
                try {
                    embedded = PDType0Font.load(document, font.parsed(), true);
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

    private static TrueTypeFont parse(String file) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(withoutGsub(read(file))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " missing: is jasperreports-fonts on the classpath?");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
