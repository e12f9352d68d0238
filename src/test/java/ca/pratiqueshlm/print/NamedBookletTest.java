package ca.pratiqueshlm.print;

import ca.pratiqueshlm.testing.CommandLineRun;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.pipeline.SiteBuilder;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A booklet of content/data/livrets.yaml: published with the others, listed, accessible, reproducible. */
class NamedBookletTest {
    static final String PATH = "pdf/livrets/forum-levis.pdf";
    static final String LIVRETS = """
            - id: forum-levis
              titre: Forum de Lévis
              description: Deux pratiques pour la rencontre de juin.
              fiches: [jardin-partage, comite-locataires]
            """;

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() throws IOException {
        site = project(dir);
        assertTrue(new SiteBuilder(site.layout(), true).build(site.output()).ok());
    }

    static TestSite project(Path folder) {
        return TestSite.create(folder)
                .write("fiches/cuisine.md", PrintFixtures.fiche("Cuisine collective", "vivre-ensemble", "Une cuisine."))
                .write("fiches/jardin-partage.md", PrintFixtures.fiche("Jardin partagé", "vivre-ensemble",
                        "Un jardin que des locataires cultivent ensemble."))
                .write("fiches/comite-locataires.md", PrintFixtures.fiche("Comité de locataires",
                        "participation-locataires", "Des locataires qui se réunissent chaque mois."))
                .write("data/livrets.yaml", LIVRETS);
    }

    @Test
    void holdsItsFichesInTheEditorsOrderWithCoverContentsAndPageNumbers() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(site.output().resolve(PATH)))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Forum de Lévis"), "title on the cover");
            assertTrue(text.contains("Deux pratiques pour la rencontre de juin."), "description on the cover");
            assertTrue(text.contains("2 fiches"), "count on the cover");
            // The cover's QR code and address lead to the booklet's entry on the selection page.
            assertTrue(text.contains("https://exemple.test/fiches/selection.html#livret-forum-levis"), text);
            assertTrue(text.contains("Page 2 de " + pdf.getNumberOfPages()), "page numbers");
            assertFalse(text.contains("Cuisine collective"), "a fiche not chosen");
            List<String> outline = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(i -> outline.add(i.getTitle()));
            assertEquals(List.of("Jardin partagé", "Comité de locataires", "Sources"), outline);
            assertEquals("fr-CA", pdf.getDocumentCatalog().getLanguage());
            assertTrue(pdf.getDocumentInformation().getTitle().startsWith("Forum de Lévis"),
                    pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void passesPdfUa1() throws Exception {
        assertEquals(List.of(), PdfUaValidator.failures(Files.readAllBytes(site.output().resolve(PATH))));
    }

    @Test
    void theSelectionPageListsItWithDescriptionCountAndAWorkingLink() throws IOException {
        Document page = Jsoup.parse(site.read("selection.html"));
        Element item = page.getElementById("livret-forum-levis");
        assertTrue(item != null, "listed");
        assertEquals("Forum de Lévis", item.selectFirst("a").text());
        assertTrue(item.text().contains("2 fiches"), item.text());
        assertTrue(item.text().contains("Deux pratiques pour la rencontre de juin."), item.text());
        Path target = site.output().resolve(item.selectFirst("a").attr("href")).normalize();
        assertTrue(Files.isRegularFile(target) && target.endsWith(PATH), "link to " + target);
    }

    @Test
    void theCommandWritesTheSameBytesAsTheSiteFromAnyFolder(@TempDir Path other) throws Exception {
        byte[] published = Files.readAllBytes(site.output().resolve(PATH));
        // Another copy of the project, without PDF cache: laid out from nothing, the same bytes.
        project(other);
        Path written = other.resolve("forum.pdf");
        CommandLineRun run = run(other, "livret", "--nom", "forum-levis", "-o", written.toString());
        assertEquals(0, run.code(), run.err());
        assertArrayEquals(published, Files.readAllBytes(written));
    }

    @Test
    void anUnknownNameIsAnsweredWithTheClosestAndNothingIsWritten() {
        Path written = dir.resolve("inconnu.pdf");
        CommandLineRun run = run(dir, "livret", "--nom", "forum-levi", "-o", written.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("livret inconnu « forum-levi » — vouliez-vous dire « forum-levis » ?"), run.err());
        assertFalse(Files.exists(written));
        CommandLineRun both = run(dir, "livret", "--nom", "forum-levis", "jardin-partage");
        assertEquals(2, both.code(), both.err());
        assertTrue(both.err().contains("pas les deux"), both.err());
        CommandLineRun neither = run(dir, "livret");
        assertEquals(2, neither.code(), neither.err());
        assertTrue(neither.err().contains("--nom LIVRET"), neither.err());
    }

    private static CommandLineRun run(Path project, String... args) {
        return CommandLineRun.in(project, args);
    }
}
