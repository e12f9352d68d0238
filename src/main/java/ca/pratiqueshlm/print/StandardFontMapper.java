package ca.pratiqueshlm.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
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
     * DejaVu Sans, parsed when PDFBox first asks for a font, that is when a PDF is laid out: a build
     * whose PDFs all come from the cache parses none (the JVM initialises this holder once, on first use).
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
        return new FontMapping<>(Sans.FONT, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, Sans.FONT, false);
    }
}
