package ca.pratiqueshlm.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.output.SiteWriter;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's first run, whose classes become the archive of every later run, goes through every stage. */
class ArchiveTrainingTest {
    @TempDir
    Path folder;

    @Test
    void afterACheckTheProjectIsBuiltOnceIntoAFolderThatIsThenDeleted() throws IOException {
        TestSite.withThreeFiches(folder);
        List<Path> before = trainingFolders();
        ArchiveTraining.run(List.of("check", "--project", folder.toString()), ExitCodes.OK);
        assertTrue(Files.isDirectory(folder.resolve("target/cache")), "the build ran: its cache is in target/cache");
        assertFalse(Files.exists(folder.resolve("target/site")), "the project's site is not written");
        assertEquals(before, trainingFolders(), "the temporary site is deleted");
    }

    @Test
    void afterABuildNothingIsBuiltAgain() {
        TestSite.withThreeFiches(folder);
        ArchiveTraining.run(List.of("build", "--no-pdf", "--project", folder.toString()), ExitCodes.OK);
        assertFalse(Files.exists(folder.resolve("target/cache")), "the command's own build trained the archive");
    }

    @Test
    void aBuildThatOnlyPrintedItsHelpOrStoppedOnAnErrorIsFollowedByOneThatRunsEveryStage() throws IOException {
        TestSite.withThreeFiches(folder);
        ArchiveTraining.run(List.of("build", "--help", "--project", folder.toString()), ExitCodes.OK);
        assertTrue(Files.isDirectory(folder.resolve("target/cache")), "« build --help » built nothing");
        SiteWriter.deleteTree(folder.resolve("target"));
        ArchiveTraining.run(List.of("serve", "-h", "--project", folder.toString()), ExitCodes.OK);
        assertTrue(Files.isDirectory(folder.resolve("target/cache")), "« serve -h » built nothing");
        SiteWriter.deleteTree(folder.resolve("target"));
        ArchiveTraining.run(List.of("build", "--project", folder.toString()), ExitCodes.CONTENT_ERRORS);
        assertTrue(Files.isDirectory(folder.resolve("target/cache")), "a build stopped by an error wrote no page");
    }

    @Test
    void aFolderThatIsNoProjectOnlyLeavesTheArchiveSmaller() {
        assertDoesNotThrow(() -> ArchiveTraining.run(List.of("check", "--project", folder.resolve("absent").toString()),
                ExitCodes.OK));
    }

    @Test
    void theProjectIsTheOneTheCommandNamedOrTheCurrentFolder() {
        assertEquals(Path.of("a"), ArchiveTraining.project(List.of("check", "--project", "a", "--format", "json")));
        assertEquals(Path.of("b"), ArchiveTraining.project(List.of("rapport", "--project=b")));
        assertEquals(Path.of("."), ArchiveTraining.project(List.of("check")));
        assertEquals(Path.of("."), ArchiveTraining.project(List.of()));
    }

    private static List<Path> trainingFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("fiches-entrainement")).sorted().toList();
        }
    }
}
