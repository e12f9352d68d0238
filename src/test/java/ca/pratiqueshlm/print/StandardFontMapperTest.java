package ca.pratiqueshlm.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.junit.jupiter.api.Test;

class StandardFontMapperTest {
    private final StandardFontMapper mapper = StandardFontMapper.fromJar();

    /**
     * The substitute PDFBox gets for a standard font is read only when used; used, it is DejaVu Sans,
     * glyph for glyph, as the TrueType substitute is.
     */
    @Test
    void theSubstituteOfAStandardFontAnswersAsDejaVuSans() throws IOException {
        FontMapping<FontBoxFont> helvetica = mapper.getFontBoxFont("Helvetica", null);
        FontBoxFont dejaVu = mapper.getTrueTypeFont("Helvetica", null).getFont();

        assertFalse(helvetica.isFallback(), "no fallback warning from PDFBox");
        FontBoxFont substitute = helvetica.getFont();
        assertEquals("DejaVuSans", substitute.getName());
        assertTrue(substitute.hasGlyph("eacute"));
        assertEquals(dejaVu.getWidth("eacute"), substitute.getWidth("eacute"));
        assertEquals(dejaVu.getFontMatrix(), substitute.getFontMatrix());
        assertEquals(dejaVu.getFontBBox().toString(), substitute.getFontBBox().toString());
        assertEquals(dejaVu.getPath("eacute").getBounds2D(), substitute.getPath("eacute").getBounds2D());
    }
}
