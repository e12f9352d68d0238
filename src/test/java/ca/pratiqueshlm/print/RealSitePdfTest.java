package ca.pratiqueshlm.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.pipeline.SiteBuilder;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every PDF the real content produces, read as a forum organiser and a screen reader would. */
class RealSitePdfTest {
    @TempDir
    static Path dir;
    static Path pdfs;

    @BeforeAll
    static void build() throws IOException {
        TestSite site = TestSite.copyOfRepository(dir);
        var report = new SiteBuilder(site.layout(), true).build(site.output());
        assertTrue(report.ok(), report.problems().toString());
        pdfs = site.output().resolve("pdf");
    }

    @Test
    void everyForumVersionFitsOneSheetAndEveryFicheHasOne() throws IOException {
        List<Path> fiches = list(pdfs, 1);
        assertTrue(fiches.size() >= 20, "fiche PDFs: " + fiches.size());
        for (Path fiche : fiches) {
            Path forum = pdfs.resolve("forum").resolve(fiche.getFileName());
            if (fiche.getFileName().toString().startsWith("livret-")) {
                continue;
            }
            try (PDDocument pdf = Loader.loadPDF(forum.toFile())) {
                assertTrue(pdf.getNumberOfPages() <= 2, forum + ": " + pdf.getNumberOfPages() + " pages");
            }
        }
    }

    @Test
    void noLastPageHoldsOnlyTheQrCodeAHeadingOrALine() throws IOException {
        List<String> orphans = new ArrayList<>();
        for (Path path : list(pdfs, 2)) {
            try (PDDocument pdf = Loader.loadPDF(path.toFile())) {
                int last = pdf.getNumberOfPages();
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(last);
                stripper.setEndPage(last);
                String text = stripper.getText(pdf);
                // The running footer (title and "Page x de y") is on every page: it does not count.
                long lines = text.lines().filter(l -> !l.isBlank() && !l.contains("Page " + last + " de ")
                        && !l.contains("Pratiques innovantes") && !l.contains("habitation sociale")).count();
                if (last > 1 && lines < 3) {
                    orphans.add(dir.relativize(path) + " (" + lines + " lines): " + text.strip());
                }
            }
        }
        assertEquals(List.of(), orphans);
    }

    @Test
    void everyPdfIsTitledFrenchWithAnOutline() throws IOException {
        for (Path path : list(pdfs, 2)) {
            try (PDDocument pdf = Loader.loadPDF(path.toFile())) {
                assertEquals("fr-CA", pdf.getDocumentCatalog().getLanguage(), path.toString());
                String title = pdf.getDocumentInformation().getTitle();
                assertTrue(title != null && !title.isBlank(), path + " has no title");
                assertTrue(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle(), path + " shows its file name");
                assertTrue(pdf.getDocumentCatalog().getDocumentOutline().children().iterator().hasNext(), path + " has no bookmarks");
            }
        }
    }

    /**
     * veraPDF's PDF/UA-1 profile on every fiche PDF, forum version and booklet, the all-fiches one
     * included (the longest: about half of this test's time).
     */
    @Test
    void everyPdfPassesPdfUa1() {
        List<String> failures = list(pdfs, 2).parallelStream()
                .flatMap(p -> {
                    try {
                        return PdfUaValidator.failures(Files.readAllBytes(p)).stream().map(f -> p.getFileName() + " " + f);
                    } catch (Exception e) {
                        return Stream.of(p.getFileName() + " " + e);
                    }
                })
                .sorted()
                .toList();
        assertEquals(List.of(), failures);
    }

    private static List<Path> list(Path folder, int depth) {
        try (Stream<Path> files = Files.walk(folder, depth)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
