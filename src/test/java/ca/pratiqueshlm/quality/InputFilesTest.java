package ca.pratiqueshlm.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only content is published: links to the repository's secrets and special files are refused. */
class InputFilesTest {
    /** A hang is the failure being tested; far above a normal build of this tiny project. */
    private static final Duration HANG = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    private TestSite site() throws IOException {
        TestSite site = TestSite.create(temp.resolve("projet")).fiche("jardin-test", "");
        Files.createDirectories(site.root().resolve(".git"));
        Files.writeString(site.root().resolve(".git/config"), "[http] extraheader = AUTHORIZATION: secret-token\n");
        Files.writeString(site.root().resolve(".env"), "TOKEN=secret-token\n");
        return site;
    }

    @Test
    void aLinkFromAssetsToTheGitConfigIsRefusedAndNothingIsPublished() throws IOException {
        TestSite site = site();
        Files.createSymbolicLink(site.root().resolve("assets/config.txt"), Path.of("../.git/config"));

        CliRun run = CliRun.build(site.root(), site.output());

        assertEquals(1, run.exitCode(), run::err);
        assertTrue(run.err().contains("assets/config.txt:1:1: lien symbolique vers « .git/config » refusé"), run::err);
        assertFalse(Files.exists(site.output()), "no site was written");
    }

    @Test
    void aLinkFromAFicheToTheEnvFileIsRefused() throws IOException {
        TestSite site = site();
        Files.createSymbolicLink(site.root().resolve("content/fiches/secret.md"), Path.of("../../.env"));

        CliRun run = CliRun.build(site.root(), site.output());

        assertEquals(1, run.exitCode(), run::err);
        assertTrue(run.err().contains("content/fiches/secret.md:1:1: lien symbolique"), run::err);
        assertFalse(run.out().contains("secret-token") || run.err().contains("secret-token"), run::err);
    }

    @Test
    void hiddenFilesOfAssetsAreNotPublished() throws IOException {
        TestSite site = site();
        Files.writeString(site.root().resolve("assets/.env"), "TOKEN=secret-token\n");
        Files.createDirectories(site.root().resolve("assets/.cache"));
        Files.writeString(site.root().resolve("assets/.cache/notes.txt"), "brouillon");

        assertEquals(0, CliRun.build(site.root(), site.output()).exitCode());

        try (Stream<Path> files = Files.walk(site.output())) {
            assertTrue(files.noneMatch(p -> p.toString().contains("secret") || p.endsWith(".env") || p.endsWith(".cache")));
        }
    }

    @Test
    void aLinkBetweenPublishedFoldersStillWorks() throws IOException {
        TestSite site = site();
        Files.writeString(site.root().resolve("assets/logo-original.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.createSymbolicLink(site.root().resolve("assets/logo.svg"), Path.of("logo-original.svg"));

        CliRun run = CliRun.build(site.root(), site.output());

        assertEquals(0, run.exitCode(), run::err);
        assertTrue(Files.isRegularFile(site.output().resolve("assets/logo.svg")));
    }

    @Test
    void aNamedPipeAmongTheFichesIsRefusedInsteadOfHangingTheBuild() throws Exception {
        TestSite site = site();
        assumeTrue(mkfifo(site.root().resolve("content/fiches/tube.md")), "mkfifo is not available here");

        CliRun run = assertTimeoutPreemptively(HANG, () -> CliRun.build(site.root(), site.output()));

        assertEquals(1, run.exitCode(), run::err);
        assertTrue(run.err().contains("content/fiches/tube.md:1:1: fichier spécial (tube nommé, socket ou "
                + "périphérique) refusé"), run::err);
    }

    @Test
    void aNamedPipeInAssetsIsRefusedInsteadOfHangingTheCopy() throws Exception {
        TestSite site = site();
        assumeTrue(mkfifo(site.root().resolve("assets/tube.css")), "mkfifo is not available here");

        CliRun run = assertTimeoutPreemptively(HANG, () -> CliRun.build(site.root(), site.output()));

        assertEquals(1, run.exitCode(), run::err);
        assertTrue(run.err().contains("assets/tube.css:1:1: fichier spécial"), run::err);
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
