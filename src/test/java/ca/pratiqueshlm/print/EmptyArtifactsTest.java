package ca.pratiqueshlm.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
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
        List<Object> tokens = List.of(
                name("Artifact"), name("Prop1"), op("BDC"), op("EMC"),
                name("Artifact"), name("Prop2"), op("BDC"), name("Artifact"), op("BMC"), op("EMC"), op("EMC"),
                name("Artifact"), name("Prop3"), op("BDC"), COSInteger.get(1), COSInteger.get(2), COSInteger.get(3),
                COSInteger.get(4), op("re"), op("f"), op("EMC"));
        assertEquals(List.of(name("Artifact"), name("Prop3"), op("BDC"), COSInteger.get(1), COSInteger.get(2),
                COSInteger.get(3), COSInteger.get(4), op("re"), op("f"), op("EMC")),
                EmptyArtifacts.withoutEmptyArtifacts(tokens));
    }

    @Test
    void keepsEmptyContentTheStructureTreePointsTo() {
        COSDictionary mcid = new COSDictionary();
        mcid.setInt(COSName.MCID, 0);
        List<Object> tokens = List.of(name("P"), mcid, op("BDC"), op("EMC"));
        assertEquals(tokens, EmptyArtifacts.withoutEmptyArtifacts(tokens));
    }

    @Test
    void renderedPdfHasNoEmptyArtifactAndKeepsItsTextAndPaintedBackground() throws Exception {
        byte[] pdf = new PdfRenderer(PdfFonts.load()).render(PAGE, "https://exemple.test/",
                PdfRenderer.utcDate(LocalDate.of(2026, 1, 1)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            List<Object> tokens = new PDFStreamParser(page).parse();
            int left = tokens.size() - EmptyArtifacts.withoutEmptyArtifacts(tokens).size();
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

    private static COSName name(String name) {
        return COSName.getPDFName(name);
    }

    private static Operator op(String name) {
        return Operator.getOperator(name);
    }
}
