package ca.pratiqueshlm.print;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Answers PDFBox's requests for a non-embedded font with DejaVu Sans from our jar.
 *
 * <p>Every text of our PDFs uses the embedded DejaVu fonts; yet openhtmltopdf, when it finishes a
 * document, always builds a Helvetica and a ZapfDingbats font for the default resources of a form
 * (PdfBoxPerDocumentFormState.processControls), then drops them when the document has no form, which
 * ours never have. PDFBox's default mapper would scan the machine's fonts to stand in for Helvetica
 * (seconds on a cold machine, a cache file in the user's home) and warn once per PDF that it used a
 * fallback. This mapper keeps the build off the system fonts and quiet; nothing it returns is drawn.
 */
final class StandardFontMapper implements FontMapper {
    private static final String SANS = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

    /**
     * DejaVu Sans, parsed when a substitute is first used (the JVM initialises this holder once, on
     * first use): PDFBox asks for substitutes in every PDF, and none of ours draws with one.
     */
    private static final class Sans {
        static final TrueTypeFont FONT = parse();

        private static TrueTypeFont parse() {
            try (var in = StandardFontMapper.class.getResourceAsStream(SANS)) {
                if (in == null) {
                    throw new IllegalStateException("font " + SANS + " missing: is jasperreports-fonts on the classpath?");
                }
                return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The mapper that gives DejaVu Sans from the jasperreports-fonts jar to every request. */
    static StandardFontMapper fromJar() {
        return new StandardFontMapper();
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(Sans.FONT, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(SansOnFirstUse.INSTANCE, false);
    }

    /**
     * DejaVu Sans, parsed only if a glyph of the substitute is ever asked for. PDFBox asks for the
     * substitute of openhtmltopdf's Helvetica and ZapfDingbats as it creates them, in every PDF it lays
     * out; parsing the 750 kB font then cost the first layout of a build a few tens of milliseconds
     * and kept a few megabytes alive until the build ended, for a font nothing draws.
     */
    private enum SansOnFirstUse implements FontBoxFont {
        INSTANCE;

        @Override
        public String getName() throws IOException {
            return Sans.FONT.getName();
        }

        @Override
        public BoundingBox getFontBBox() throws IOException {
            return Sans.FONT.getFontBBox();
        }

        @Override
        public List<Number> getFontMatrix() throws IOException {
            return Sans.FONT.getFontMatrix();
        }

        @Override
        public GeneralPath getPath(String name) throws IOException {
            return Sans.FONT.getPath(name);
        }

        @Override
        public float getWidth(String name) throws IOException {
            return Sans.FONT.getWidth(name);
        }

        @Override
        public boolean hasGlyph(String name) throws IOException {
            return Sans.FONT.hasGlyph(name);
        }
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, Sans.FONT, false);
    }
}
