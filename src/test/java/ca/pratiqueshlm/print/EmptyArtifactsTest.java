package ca.pratiqueshlm.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The empty background artifacts openhtmltopdf writes are gone; what is marked or painted stays. */
class EmptyArtifactsTest {
    private static final String PAGE = """
            <!DOCTYPE html><html lang="fr-CA"><head><meta charset="utf-8"><title>Essai</title>
            <style>@page { size: letter; margin: 15mm; } body { font-family: "DejaVu Sans"; } .encadre { background: #e8eef5; padding: 4mm; }</style></head>
            <body><h1>Essai des artefacts</h1><div><div><p>Premier paragraphe, dans deux boîtes.</p></div></div>
            <ul><li>Un</li><li>Deux</li></ul><div class="encadre"><p>Un encadré qui peint son fond.</p></div>
            </body></html>""";

    @Test
    void removesEmptyArtifactsAndNestedOnes() {
        assertEquals("q\n/Artifact /Prop3 BDC\n1 2 3 4 re\nf\nEMC\nQ\n", without("""
                q
                /Artifact /Prop1 BDC
                EMC
                /Artifact /Prop2 BDC
                /Artifact BMC
                EMC
                EMC
                /Artifact <</Type /Pagination>> BDC
                EMC
                /Artifact /Prop3 BDC
                1 2 3 4 re
                f
                EMC
                Q
                """));
    }

    @Test
    void keepsEmptyContentTheStructureTreePointsTo() {
        String content = "/P <</MCID 0>> BDC\nEMC\n/Span <</MCID 1 /ActualText (\\) EMC)>> BDC\nEMC\n";
        assertEquals(content, without(content));
    }

    /** Text that reads like operators, inside strings and arrays, is text: it neither opens nor closes. */
    @Test
    void stringsAndArraysAreOperandsWhateverTheyHold() {
        String content = "/Artifact /Prop1 BDC\n[(EMC) -120 (\\(BDC) <454D43>] TJ\nEMC\n"
                + "/Artifact /Prop2 BDC\n% EMC in a comment\nEMC\n";
        assertEquals("/Artifact /Prop1 BDC\n[(EMC) -120 (\\(BDC) <454D43>] TJ\nEMC\n", without(content));
    }

    /** An inline image's data could hold any byte: such a stream is left as it was. */
    @Test
    void leavesAStreamWithAnInlineImageAlone() {
        assertEquals(null, ContentTokens.of("/Artifact BMC\nEMC\nBI /W 1 /H 1 /BPC 8 /CS /G ID \u0000) EI\n"
                .getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void namesAreReadWithTheirEscapes() {
        ContentTokens tokens = ContentTokens.of("/Prop#231 BDC".getBytes(StandardCharsets.US_ASCII));
        assertEquals("Prop#1", tokens.name(0));
        assertTrue(tokens.isOperator(1, "BDC"));
    }

    private static String without(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
        ContentTokens tokens = ContentTokens.of(bytes);
        return new String(EmptyArtifacts.kept(bytes, tokens, EmptyArtifacts.withoutEmptyArtifacts(tokens)),
                StandardCharsets.ISO_8859_1);
    }

    @Test
    void renderedPdfHasNoEmptyArtifactAndKeepsItsTextAndPaintedBackground() throws Exception {
        byte[] pdf = new PdfRenderer(PdfFonts.load()).render(PAGE, "https://exemple.test/",
                PdfRenderer.utcDate(LocalDate.of(2026, 1, 1)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            List<Object> tokens = new PDFStreamParser(page).parse();
            ContentTokens lexed = ContentTokens.of(page.getContents().readAllBytes());
            int left = lexed.count() - EmptyArtifacts.withoutEmptyArtifacts(lexed).length;
            assertEquals(0, left, left + " tokens of empty artifacts are left");
            COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            for (COSName key : properties.keySet()) {
                assertTrue(tokens.contains(key), "property list " + key.getName() + " is named by no marked sequence");
            }
            // The box that paints its background keeps its artifact (a filled rectangle inside it).
            assertFalse(properties.keySet().isEmpty(), "the painted background lost its artifact");
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("Essai des artefacts", "Premier paragraphe, dans deux boîtes.", "Deux",
                    "Un encadré qui peint son fond.")) {
                assertTrue(text.contains(expected), expected + " missing from " + text);
            }
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "no longer tagged");
        }
    }

}
