package ca.pratiqueshlm.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.pipeline.SiteBuilder;
import ca.pratiqueshlm.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF/UA-1 by veraPDF on each kind of PDF, and that the check does catch an untagged PDF. */
class PdfAccessibilityTest {
    @Test
    void ficheForumAndBookletsPassPdfUa1(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.create(dir).write("fiches/longue.md", ForumPdfTest.longFiche("Une pratique documentée"));
        assertTrue(new SiteBuilder(site.layout(), true).build(site.output()).ok());
        for (String pdf : List.of("pdf/longue.pdf", "pdf/forum/longue.pdf", "pdf/livret-toutes-les-fiches.pdf",
                "pdf/livret-vivre-ensemble.pdf", "pdf/livret-region-12.pdf")) {
            assertEquals(List.of(), PdfUaValidator.failures(Files.readAllBytes(site.output().resolve(pdf))), pdf);
        }
    }

    @Test
    void validatorRejectsAnUntaggedPdf() throws Exception {
        byte[] untagged;
        try (var pdf = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            page.setResources(new org.apache.pdfbox.pdmodel.PDResources()); // a well-formed page, only untagged
            pdf.addPage(page);
            pdf.save(out);
            untagged = out.toByteArray();
        }
        assertTrue(!PdfUaValidator.failures(untagged).isEmpty(), "an untagged PDF passed");
    }
}
