package ca.pratiqueshlm.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.output.OutputFolder;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder under attack or after accidents: links that hide where the output really is,
 * folders the tool did not make, killed and concurrent builds, and the permissions a web server needs.
 */
class OutputSafetyTest {
    @TempDir
    Path temp;

    private Path project() {
        return TestSite.create(temp.resolve("projet")).fiche("jardin-test", "").root();
    }

    @Test
    void aLinkToTheProjectDoesNotHideThatTheOutputIsTheProject() throws IOException {
        Path project = project();
        Path link = Files.createSymbolicLink(temp.resolve("lien"), project);
        SiteSnapshot before = SiteSnapshot.of(project);

        CliRun run = CliRun.build(link, project);

        assertEquals(1, run.exitCode(), run::err);
        assertTrue(run.err().contains("le dossier de sortie contient le projet"), run::err);
        assertEquals(before, SiteSnapshot.of(project), "nothing of the project was deleted or written");
    }

    @Test
    void aLinkToTheProjectDoesNotHideThatTheOutputIsInItsSources() throws IOException {
        Path project = project();
        Path link = Files.createSymbolicLink(temp.resolve("lien"), project);
        SiteSnapshot before = SiteSnapshot.of(project);

        CliRun run = CliRun.build(link, project.resolve("content/pages/site"));

        assertEquals(1, run.exitCode(), run::err);
        assertTrue(run.err().contains("le dossier de sortie est dans content/"), run::err);
        assertEquals(before, SiteSnapshot.of(project));
    }

    @Test
    void aFolderWithAnIndexPageThatTheToolDidNotBuildIsNotReplaced() throws IOException {
        Path project = project();
        Path someoneElses = Files.createDirectories(temp.resolve("mon-site"));
        Files.writeString(someoneElses.resolve("index.html"), "<p>mon site à moi</p>");
        Files.writeString(someoneElses.resolve("photo.txt"), "à garder");
        SiteSnapshot before = SiteSnapshot.of(someoneElses);

        CliRun run = CliRun.build(project, someoneElses);

        assertEquals(1, run.exitCode(), run::err);
        assertTrue(run.err().contains("contient déjà des fichiers qui ne sont pas un site construit"), run::err);
        assertEquals(before, SiteSnapshot.of(someoneElses));
    }

    @Test
    void aSiteTheToolBuiltIsReplacedAndMarkedAsSuch() throws IOException {
        Path project = project();
        Path output = temp.resolve("sortie");
        assertEquals(0, CliRun.build(project, output).exitCode());
        assertTrue(Files.isRegularFile(output.resolve(OutputFolder.MARKER)));

        CliRun again = CliRun.build(project, output);

        assertEquals(0, again.exitCode(), again::err);
        assertTrue(Files.isRegularFile(output.resolve("index.html")));
    }

    @Test
    void theBuiltSiteHasThePermissionsOfAnyNewFolderNotPrivateOnes() throws IOException {
        Path project = project();
        Path output = temp.resolve("public/site");
        Path reference = Files.createDirectory(temp.resolve("reference"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);

        assertEquals(0, CliRun.build(project, output).exitCode());

        assertEquals(expected, Files.getPosixFilePermissions(output), "the umask decides, as for any folder");
    }

    @Test
    void stagingFoldersLeftByAKilledBuildAreRemovedByTheNextOne() throws IOException {
        Path project = project();
        Path output = temp.resolve("sortie");
        Path leftover = Files.createDirectories(temp.resolve(".sortie.staging-4242-1/fiches"));
        Files.writeString(leftover.getParent().resolve(OutputFolder.MARKER), "");
        Files.writeString(leftover.resolve("demi-page.html"), "<p>");
        Path notOurs = Files.createDirectories(temp.resolve(".sortie.staging-autre"));

        assertEquals(0, CliRun.build(project, output).exitCode());

        assertFalse(Files.exists(leftover.getParent()), "our own leftover staging folder is gone");
        assertTrue(Files.exists(notOurs), "a folder without our marker is never deleted");
        try (Stream<Path> beside = Files.list(temp)) {
            assertEquals(0, beside.filter(p -> p.getFileName().toString().startsWith(".sortie.staging-4242")).count());
        }
    }

    @Test
    void aSwapKilledBetweenItsTwoRenamesIsRepairedOnTheNextStartEvenIfThatBuildFails() throws IOException {
        TestSite site = TestSite.create(temp.resolve("projet")).fiche("jardin-test", "");
        Path output = temp.resolve("sortie");
        assertEquals(0, CliRun.build(site.root(), output).exitCode());
        // What a kill between "site -> previous" and "staging -> site" leaves: no site, a previous one.
        Files.move(output, temp.resolve(".sortie.previous"));
        site.fiche("jardin-test", "titre: \"\"");

        CliRun broken = CliRun.build(site.root(), output);

        assertEquals(1, broken.exitCode(), broken::err);
        assertTrue(Files.isRegularFile(output.resolve("index.html")), "the previous site is back in place");
        assertFalse(Files.exists(temp.resolve(".sortie.previous")));
    }

    @Test
    void aSecondBuildIntoTheSameFolderIsToldSoInsteadOfRacing() throws IOException {
        Path project = project();
        Path output = temp.resolve("sortie");
        try (OutputFolder held = OutputFolder.claim(output)) {
            CliRun run = CliRun.build(project, held.destination());

            assertEquals(1, run.exitCode(), run::err);
            assertEquals(output + ":1:1: une autre construction écrit déjà dans ce dossier — attendez qu'elle se "
                    + "termine (ou arrêtez « fiches serve »), puis relancez", run.errLines().get(0));
            assertFalse(run.showsStackTrace(), run::err);
        }
        assertEquals(0, CliRun.build(project, output).exitCode(), "the folder is free again once released");
    }
}
