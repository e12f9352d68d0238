package ca.pratiqueshlm.cli;

import ca.pratiqueshlm.testing.CommandLineRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fiches livret}: the booklet of a selection, in the editor's order. */
class LivretCommandTest {
    @TempDir
    Path folder;

    private TestSite project() {
        return TestSite.withThreeFiches(folder);
    }

    @Test
    void writesTheChosenFichesInTheGivenOrderWithContentsAndOutline() throws IOException {
        project();
        Path pdfFile = folder.resolve("forum.pdf");
        CommandLineRun run = run("livret", "comite", "jardin", "--titre", "Forum de Lévis", "-o", pdfFile.toString());
        assertEquals(0, run.code(), run.err());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(pdfFile))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Forum de Lévis"), "title on the cover");
            assertTrue(text.indexOf("Comité de locataires") < text.indexOf("Jardin partagé"), "the order given");
            assertFalse(text.contains("Cuisine collective"), "a fiche not chosen");
            List<String> outline = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(i -> outline.add(i.getTitle()));
            assertEquals(List.of("Comité de locataires", "Jardin partagé", "Sources"), outline);
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
        }
    }

    @Test
    void anUnknownFicheIsNamedWithASuggestionAndNothingIsWritten() {
        project();
        Path pdfFile = folder.resolve("forum.pdf");
        CommandLineRun run = run("livret", "jardn", "comite", "-o", pdfFile.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("fiche inconnue « jardn » — vouliez-vous dire « jardin » ?"), run.err());
        assertFalse(Files.exists(pdfFile));
    }

    private CommandLineRun run(String... args) {
        return CommandLineRun.in(folder, args);
    }
}
