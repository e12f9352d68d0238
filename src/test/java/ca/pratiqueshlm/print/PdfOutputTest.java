package ca.pratiqueshlm.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.pipeline.SiteBuilder;
import ca.pratiqueshlm.plan.FrenchTypography;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the PDFs a build writes, as a reader's PDF viewer would. */
class PdfOutputTest {
    private static final String ACCENTS_TITLE = "Café-rencontre « Chez nous » à l’œuvre";

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() throws IOException {
        site = TestSite.create(dir)
                .write("fiches/cafe-rencontre.md", PrintFixtures.fiche(ACCENTS_TITLE, "vivre-ensemble",
                        PrintFixtures.FRENCH + " ; voilà : ça marche ! Vraiment ?"))
                .write("fiches/jardin-partage.md", PrintFixtures.fiche("Jardin partagé", "vivre-ensemble",
                        "Un jardin que des locataires cultivent ensemble."))
                .write("fiches/comite-locataires.md", PrintFixtures.fiche("Comité de locataires",
                        "participation-locataires", "Des locataires qui se réunissent chaque mois."));
        assertTrue(new SiteBuilder(site.layout(), true).build(site.output()).ok());
    }

    @Test
    void fichePdfCarriesFrenchTextMetadataAndTags() throws IOException {
        try (PDDocument pdf = load("pdf/cafe-rencontre.pdf")) {
            var info = pdf.getDocumentInformation();
            assertEquals(FrenchTypography.text(ACCENTS_TITLE), info.getTitle());
            assertEquals("Équipe de test", info.getAuthor());
            assertTrue(info.getSubject().startsWith(PrintFixtures.FRENCH), info.getSubject());
            assertEquals("fr-CA", pdf.getDocumentCatalog().getLanguage());
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
            assertTrue(pdf.getDocumentCatalog().getStructureTreeRoot() != null, "structure tree");
            assertTrue(pdf.getNumberOfPages() >= 1 && pdf.getNumberOfPages() <= 2, "pages: " + pdf.getNumberOfPages());

            String raw = new PDFTextStripper().getText(pdf);
            assertTrue(raw.contains("voilà\u00a0: ça marche\u202f! Vraiment\u202f?"), "no-break spaces: " + raw);
            String text = normalize(raw);
            assertTrue(text.contains(ACCENTS_TITLE), text);
            assertTrue(text.contains(PrintFixtures.FRENCH), text);
            assertTrue(text.contains("https://exemple.test/fiches/fiches/cafe-rencontre.html"), "public address");
            assertTrue(text.contains("Document de test"), "sources");
            assertTrue(text.contains("Page 1 de"), "page numbers");
            for (PDPage page : pdf.getPages()) {
                assertFontsEmbedded(page.getResources());
            }
        }
    }

    @Test
    void forumPdfAndBookletTypesetFrenchAsTheHtmlPagesDo() throws IOException {
        Pattern ordinarySpace = Pattern.compile(".{0,30}( [:;?!»]|« ).{0,30}");
        for (String path : List.of("pdf/forum/cafe-rencontre.pdf", "pdf/livret-toutes-les-fiches.pdf")) {
            try (PDDocument pdf = load(path)) {
                String raw = new PDFTextStripper().getText(pdf);
                Matcher bad = ordinarySpace.matcher(raw);
                assertFalse(bad.find(), path + ": ordinary space at « " + (bad.hitEnd() ? "" : bad.group()) + " »");
                // The same characters as the fiche page: narrow no-break spaces, typographic apostrophe.
                assertTrue(raw.contains(FrenchTypography.text("voilà : ça marche ! Vraiment ?")), path + ": " + raw);
                assertTrue(raw.contains("«\u202fguillemets\u202f»") && raw.contains("l’apostrophe"), path + ": " + raw);
            }
        }
        String page = org.jsoup.Jsoup.parse(site.read("fiches/cafe-rencontre.html")).selectFirst("p.lead").wholeText();
        assertTrue(page.contains(FrenchTypography.text("voilà : ça marche ! Vraiment ?")), page);
    }

    @Test
    void categoryBookletHasCoverContentsEachFicheOnItsPageAndSourcesLast() throws IOException {
        try (PDDocument pdf = load("pdf/livret-vivre-ensemble.pdf")) {
            assertTrue(text(pdf, 1).contains("Vivre ensemble"), "cover");
            assertTrue(text(pdf, 2).contains("Les fiches sur la carte et dans le temps"), "map and timeline open it");
            List<TocEntry> toc = tableOfContents(text(pdf, 3));
            assertEquals(List.of(ACCENTS_TITLE, "Jardin partagé", "Sources"), toc.stream().map(TocEntry::title).toList());
            for (TocEntry entry : toc) {
                String page = text(pdf, entry.page());
                assertTrue(page.contains(entry.title()), entry + " not on its page: " + page);
            }
            String last = text(pdf, pdf.getNumberOfPages());
            assertTrue(last.contains("Sources") && last.contains("Document de test"), last);
            assertTrue(text(pdf, toc.get(1).page()).contains("Page " + toc.get(1).page() + " de " + pdf.getNumberOfPages()),
                    "running page numbers");
            assertFalse(text(pdf, 3).contains("Comité de locataires"), "fiche of another category");
            List<String> outline = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(item -> outline.add(item.getTitle()));
            assertEquals(List.of(ACCENTS_TITLE, "Jardin partagé", "Sources"), outline, "bookmarks");
        }
    }

    @Test
    void aFicheReadsTheSameInItsOwnPdfAndInABookletButForThePageNumbers() throws IOException {
        try (PDDocument own = load("pdf/jardin-partage.pdf"); PDDocument booklet = load("pdf/livret-vivre-ensemble.pdf")) {
            int first = tableOfContents(text(booklet, 3)).stream().filter(e -> e.title().equals("Jardin partagé"))
                    .findFirst().orElseThrow().page();
            for (int page = 1; page <= own.getNumberOfPages(); page++) {
                String alone = text(own, page);
                String bound = text(booklet, first + page - 1);
                assertTrue(alone.contains("Page " + page + " de " + own.getNumberOfPages()), alone);
                assertTrue(bound.contains("Page " + (first + page - 1) + " de " + booklet.getNumberOfPages()), bound);
                assertEquals(withoutPageNumber(alone), withoutPageNumber(bound), "page " + page);
            }
        }
    }

    private static String withoutPageNumber(String page) {
        return page.replaceAll("(?m)^Page \\d+ de \\d+\\s*$", "").strip();
    }

    @Test
    void bookletWithEveryFicheGroupsThemByCategory() throws IOException {
        try (PDDocument pdf = load("pdf/livret-toutes-les-fiches.pdf")) {
            String contents = text(pdf, 3);
            assertTrue(contents.indexOf("Vivre ensemble") < contents.indexOf("Jardin partagé"));
            assertTrue(contents.indexOf("Participation des locataires") < contents.indexOf("Comité de locataires"));
            List<TocEntry> toc = tableOfContents(contents);
            assertEquals(4, toc.size(), contents);
            // Each fiche starts a page: no two entries share one.
            assertEquals(toc.size(), toc.stream().map(TocEntry::page).distinct().count(), toc.toString());
        }
    }

    @Test
    void samePdfBytesOnEveryBuild(@TempDir Path other) throws IOException {
        Path again = other.resolve("site");
        // Without the PDF cache, so the PDFs are rendered again, not read back.
        try (var cached = Files.walk(site.root().resolve("target/pdf-cache"))) {
            cached.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        new SiteBuilder(site.layout(), true).build(again);
        for (String pdf : List.of("pdf/cafe-rencontre.pdf", "pdf/livret-toutes-les-fiches.pdf")) {
            assertArrayEquals(Files.readAllBytes(site.output().resolve(pdf)), Files.readAllBytes(again.resolve(pdf)), pdf);
        }
    }

    @Test
    void fichePageLinksToItsPdfAndPrintsItsAddressWithAQrCode() throws IOException {
        String page = site.read("fiches/cafe-rencontre.html");
        assertTrue(page.contains("href=\"../pdf/cafe-rencontre.pdf\""), "PDF link");
        assertTrue(page.contains("https://exemple.test/fiches/fiches/cafe-rencontre.html"), "public address");
        assertTrue(page.contains("assets/css/print.css\" media=\"print\""), "print stylesheet");
        // The code is in the page, and a phone reading it lands on the fiche's public address.
        assertEquals("https://exemple.test/fiches/fiches/cafe-rencontre.html", scannedQrCode(page));
        assertFalse(Files.exists(site.output().resolve("qr")), "no QR code files beside the pages");
    }

    /** What a scanner reads from the page's printed QR code (its PNG data: URI). */
    private static String scannedQrCode(String page) throws IOException {
        java.util.regex.Matcher img = java.util.regex.Pattern
                .compile("<img class=\"print-qr\" src=\"data:image/png;base64,([^\"]+)\"").matcher(page);
        assertTrue(img.find(), "the page prints its QR code as an inline PNG");
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(
                new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(img.group(1))));
        int[] pixels = png.getRGB(0, 0, png.getWidth(), png.getHeight(), null, 0, png.getWidth());
        var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.RGBLuminanceSource(png.getWidth(), png.getHeight(), pixels)));
        try {
            return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText();
        } catch (com.google.zxing.ReaderException e) {
            throw new AssertionError("the QR code cannot be read: " + e, e);
        }
    }

    @Test
    void buildWithoutPdfsWritesNoneAndLinksToNone(@TempDir Path other) throws IOException {
        Path output = other.resolve("site");
        assertTrue(new SiteBuilder(site.layout(), false).build(output).ok());
        assertFalse(Files.exists(output.resolve("pdf")));
        assertFalse(Files.readString(output.resolve("fiches/cafe-rencontre.html")).contains(".pdf\""));
        assertEquals("https://exemple.test/fiches/fiches/cafe-rencontre.html",
                scannedQrCode(Files.readString(output.resolve("fiches/cafe-rencontre.html"))),
                "the page still prints its QR code");
    }

    private record TocEntry(String title, int page) {}

    /** "Title ........ 3" lines of a contents page. */
    private static List<TocEntry> tableOfContents(String page) {
        List<TocEntry> entries = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^(.+?)\\s*\\.{3,}\\s*(\\d+)\\s*$").matcher(page);
        while (m.find()) {
            entries.add(new TocEntry(m.group(1).strip(), Integer.parseInt(m.group(2))));
        }
        return entries;
    }

    private static PDDocument load(String path) throws IOException {
        return Loader.loadPDF(Files.readAllBytes(site.output().resolve(path)));
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return normalize(stripper.getText(pdf));
    }

    /** Line breaks inside a paragraph and no-break spaces become plain spaces, as a reader sees them. */
    private static String normalize(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replace("\r", "");
    }

    private static void assertFontsEmbedded(PDResources resources) throws IOException {
        for (COSName name : resources.getFontNames()) {
            var font = resources.getFont(name);
            assertTrue(font.isEmbedded(), font.getName() + " not embedded");
        }
    }
}
