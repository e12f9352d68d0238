package ca.pratiqueshlm.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.cli.Main;
import ca.pratiqueshlm.testing.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fiches build} writes the PDFs unless told not to, as `mvn package -Dsite.pdf=false` does. */
class PdfFlagTest {
    @Test
    void buildWritesPdfsByDefault(@TempDir Path dir) {
        TestSite site = TestSite.create(dir).fiche("jardin", "");
        assertEquals(0, build(site, "build"));
        assertTrue(Files.isRegularFile(site.output().resolve("pdf/jardin.pdf")));
        assertTrue(Files.isRegularFile(site.output().resolve("pdf/livret-vivre-ensemble.pdf")));
    }

    @Test
    void noPdfAndPdfFalseSkipThem(@TempDir Path dir) {
        TestSite site = TestSite.create(dir).fiche("jardin", "");
        for (String flag : new String[] {"--no-pdf", "--pdf=false"}) {
            assertEquals(0, build(site, "build", flag), flag);
            assertFalse(Files.exists(site.output().resolve("pdf")), flag);
            assertTrue(Files.isRegularFile(site.output().resolve("fiches/jardin.html")), flag);
        }
    }

    private static int build(TestSite site, String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--project";
        all[args.length + 1] = site.root().toString();
        all[args.length + 2] = "--output";
        all[args.length + 3] = site.output().toString();
        StringWriter err = new StringWriter();
        int code = Main.run(all, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals("", err.toString());
        return code;
    }
}
