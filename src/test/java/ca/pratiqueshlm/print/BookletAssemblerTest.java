package ca.pratiqueshlm.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The assembler copies laid-out PDFs' objects without PDFBox: these read its output back with PDFBox
 * and veraPDF, as a reader and an archive would.
 */
class BookletAssemblerTest {
    private static PdfFonts fonts;
    private static byte[] front;
    private static byte[] fiche;

    @BeforeAll
    static void layOut() throws IOException {
        fonts = PdfFonts.load();
        PdfRenderer renderer = new PdfRenderer(fonts);
        front = renderer.render(page("Livret d’essai", "<p>Sommaire : <a href=\"livret-page:2\">la fiche, page 2</a></p>"),
                "https://exemple.test/", PdfRenderer.utcDate(LocalDate.of(2026, 12, 1)));
        fiche = renderer.render(page("Une fiche", "<p>Un texte.</p><p style=\"page-break-before: always\">Suite, "
                        + "<a href=\"https://exemple.test/fiche.html\">en ligne</a>.</p>"),
                "https://exemple.test/", PdfRenderer.utcDate(LocalDate.of(2026, 11, 1)));
    }

    /** A laid-out PDF of two pages, for other tests. */
    static byte[] twoPages() throws IOException {
        layOut();
        return fiche;
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"fr-CA\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<style>@page { size: letter; margin: 15mm; } body { font-family: \"DejaVu Sans\"; }</style></head><body><h1>" + title + "</h1>" + body
                + "</body></html>";
    }

    private static byte[] booklet() throws IOException {
        return BookletAssembler.assemble(List.of(front, fiche), List.of(new BookletAssembler.Mark("Une fiche", 2,
                List.of(new BookletAssembler.Mark("Suite", 3, List.of())))), fonts.pageNumbers(), 7);
    }

    @Test
    void holdsEveryPageWithTheFrontsTitleAndNumbersAllButTheCover() throws IOException {
        try (PDDocument book = Loader.loadPDF(booklet())) {
            assertEquals(3, book.getNumberOfPages());
            assertEquals("Livret d’essai", book.getDocumentInformation().getTitle());
            assertEquals("fr-CA", book.getDocumentCatalog().getLanguage());
            String text = new PDFTextStripper().getText(book);
            assertTrue(text.contains("Page 2 de 3") && text.contains("Page 3 de 3"), text);
            assertTrue(!text.contains("Page 1 de 3"), "the cover is not numbered: " + text);
            assertTrue(text.contains("Un texte.") && text.contains("Suite,") && text.contains("en ligne"), text);
        }
    }

    @Test
    void turnsPageLinksIntoLinksToThePageAndWritesTheOutline() throws IOException {
        try (PDDocument book = Loader.loadPDF(booklet())) {
            PDAnnotationLink link = (PDAnnotationLink) book.getPage(0).getAnnotations().stream()
                    .filter(a -> a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionGoTo)
                    .findFirst().orElseThrow();
            PDPageDestination destination = (PDPageDestination) ((PDActionGoTo) link.getAction()).getDestination();
            assertEquals(1, book.getPages().indexOf(destination.getPage()));
            assertEquals("Aller à la page 2", link.getContents());
            PDOutlineItem first = book.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertEquals("Une fiche", first.getTitle());
            assertEquals(1, book.getPages().indexOf(((PDPageDestination) first.getDestination()).getPage()));
            assertEquals("Suite", first.getFirstChild().getTitle());
            assertEquals(2, book.getPages().indexOf(((PDPageDestination) first.getFirstChild().getDestination()).getPage()));
        }
    }

    @Test
    void joinsTheStructureTreesSoEveryPageAndLinkFindsItsElements() throws IOException {
        try (PDDocument book = Loader.loadPDF(booklet())) {
            PDStructureTreeRoot root = book.getDocumentCatalog().getStructureTreeRoot();
            List<Object> top = root.getKids();
            assertEquals(1, top.size());
            PDStructureElement document = (PDStructureElement) top.get(0);
            assertEquals("Document", document.getStructureType());
            List<String> parts = new ArrayList<>();
            document.getKids().forEach(kid -> parts.add(((PDStructureElement) kid).getStructureType()));
            assertEquals(List.of("Part", "Part"), parts);
            PDNumberTreeNode parentTree = root.getParentTree();
            Set<Integer> keys = new HashSet<>();
            for (PDPage page : book.getPages()) {
                keys.add(page.getStructParents());
                assertTrue(parentTree.getValue(page.getStructParents()) != null, "page's marked content has parents");
                for (PDAnnotation annotation : page.getAnnotations()) {
                    keys.add(annotation.getStructParent());
                    assertTrue(parentTree.getValue(annotation.getStructParent()) != null, "annotation has a parent");
                }
            }
            int expected = 0;
            for (PDPage page : book.getPages()) {
                expected += 1 + page.getAnnotations().size();
            }
            assertEquals(expected, keys.size(), "no two pages or annotations share a parent-tree key");
        }
    }

    @Test
    void passesPdfUa1AndIsTheSameForTheSameParts() throws Exception {
        byte[] booklet = booklet();
        assertEquals(List.of(), PdfUaValidator.failures(booklet));
        assertArrayEquals(booklet, booklet());
    }

    @Test
    void numbersASinglePdfFromOneKeepingItsOutlineAndTags() throws Exception {
        byte[] numbered = BookletAssembler.numbered(fiche, fonts.pageNumbers(), 3);
        try (PDDocument pdf = Loader.loadPDF(numbered)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Page 1 de 2") && text.contains("Page 2 de 2"), text);
            assertEquals("Une fiche", pdf.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle());
            // The numbers' font is the subset PDFBox made, with the map from the full font's glyph numbers
            // (what the numbers are written in) to the subset's: without it a viewer draws other glyphs.
            PDResources resources = pdf.getPage(0).getResources();
            PDType0Font font = (PDType0Font) resources.getFont(COSName.getPDFName("FPageNum"));
            assertTrue(font.getName().matches("[A-Z]{6}\\+DejaVuSans"), font.getName());
            assertTrue(font.getDescendantFont().getCOSObject().getDictionaryObject(COSName.CID_TO_GID_MAP)
                    instanceof COSStream, "a CIDToGIDMap stream");
            assertEquals("P", font.toUnicode(font.readCode(new java.io.ByteArrayInputStream(font.encode("P")))));
        }
        assertEquals(List.of(), PdfUaValidator.failures(numbered));
        assertEquals(2, PageBudget.pages(numbered));
    }

    @Test
    void refusesAPdfItCannotReadWithAMessageNotAGuess() throws IOException {
        byte[] classic;
        try (PDDocument pdf = Loader.loadPDF(fiche); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.save(out, CompressParameters.NO_COMPRESSION);
            classic = out.toByteArray();
        }
        IOException refused = assertThrows(IOException.class,
                () -> BookletAssembler.assemble(List.of(front, classic), List.of(), fonts.pageNumbers(), 1));
        assertTrue(refused.getMessage().contains("table de références"), refused.getMessage());
        assertThrows(IOException.class, () -> PdfFile.read("pas un PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }
}
