package ca.pratiqueshlm.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.pratiqueshlm.testing.TestSite;
import java.nio.file.Path;

/** The repository's real content, copied and built by the real command line. */
final class RealSite {
    private RealSite() {}

    static SiteFiles build(Path folder) {
        Path project = TestSite.copyOfRepository(folder.resolve("projet")).root();
        Path output = folder.resolve("site");
        CliRun run = CliRun.build(project, output);
        assertEquals(0, run.exitCode(), () -> "the real content must build: " + run.err());
        return new SiteFiles(output);
    }

    /** The real site's pages without its PDFs, the slow part, for tests that read only pages. */
    static SiteFiles buildPages(Path folder) {
        Path project = TestSite.copyOfRepository(folder.resolve("projet")).root();
        Path output = folder.resolve("site");
        int code = ca.pratiqueshlm.cli.Main.run(new String[] {"build", "--no-pdf", "--project", project.toString(),
                "--output", output.toString()}, new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()));
        assertEquals(0, code, "the real content must build");
        return new SiteFiles(output);
    }
}
