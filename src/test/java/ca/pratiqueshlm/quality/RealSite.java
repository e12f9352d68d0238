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
}
