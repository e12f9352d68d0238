package ca.pratiqueshlm.quality;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.output.SiteWriter;
import ca.pratiqueshlm.pipeline.SiteBuilder;
import ca.pratiqueshlm.testing.Fixtures;
import ca.pratiqueshlm.testing.TestSite;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

/**
 * The whole build with a fuzzed fiche body: any body gives a site or French diagnostics at the fiche,
 * never an exception, a stack overflow or a hang (each input has a time limit). Regression mode replays
 * the seeds in BuildFuzzTestInputs/; a fuzzing run is described in docs/SECURITY.md.
 */
class BuildFuzzTest {
    /** Far above a build of this one-fiche project even on a loaded machine, so only a real hang fails. */
    private static final Duration PER_INPUT = Duration.ofSeconds(120);
    private final TestSite site;

    BuildFuzzTest() throws IOException {
        site = TestSite.create(Files.createTempDirectory("fuzz-build"));
    }

    /** Each input's project (templates, assets, its site: 30 MB) would otherwise stay in the temporary folder. */
    @AfterEach
    void deleteProject() throws IOException {
        SiteWriter.deleteTree(site.root());
    }

    @FuzzTest(maxDuration = "3m")
    void anyBodyBuildsOrIsRefusedInBoundedTime(byte[] input) {
        String body = new String(input, StandardCharsets.UTF_8);
        site.write("fiches/jardin-test.md", Fixtures.fiche("") + body + "\n");

        SiteBuilder.BuildReport report = assertTimeoutPreemptively(PER_INPUT,
                () -> new SiteBuilder(site.layout()).build(site.output()));

        for (Diagnostic problem : report.problems()) {
            assertTrue(problem.path().equals("content/fiches/jardin-test.md"), problem::format);
            assertFalse(problem.message().isBlank(), problem::format);
        }
        if (report.ok()) {
            assertTrue(Files.isRegularFile(site.output().resolve("fiches/jardin-test.html")));
        }
    }
}
