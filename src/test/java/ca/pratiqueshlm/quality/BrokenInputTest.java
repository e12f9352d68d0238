package ca.pratiqueshlm.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.testing.Fixtures;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of src/test/resources/broken: each case is a set of files laid over a small valid project
 * ({@code files/}) and the exact diagnostics the build must print ({@code expected.txt}). The real command
 * line runs against a project whose site was built before; the build must refuse with exit code 1, print
 * exactly those lines and no stack trace, and leave the previous site byte for byte as it was.
 */
class BrokenInputTest {
    static final Path CORPUS = TestSite.REPOSITORY.resolve("src/test/resources/broken");

    /** Cases whose input cannot live in the repository: made at run time. */
    private static final Map<String, Setup> GENERATED = Map.of(
            "fichier-trop-gros", BrokenInputTest::hugeFiche,
            "lien-symbolique-hors-depot", BrokenInputTest::linkOutOfRepository,
            "lien-symbolique-dans-assets", BrokenInputTest::assetLinkOutOfRepository);

    @FunctionalInterface
    interface Setup {
        void apply(Path project, Path outside) throws IOException;
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CORPUS)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void corpusHasAtLeastTwentyFiveCases() throws IOException {
        assertTrue(cases().count() >= 25, "the issue asks for at least 25 broken inputs");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesWithExactMessagesAndKeepsThePreviousSite(String name, @TempDir Path temp) throws IOException {
        Path project = TestSite.create(temp.resolve("projet")).fiche("jardin-test", "").root();
        Path output = temp.resolve("sortie");
        CliRun first = CliRun.build(project, output);
        assertEquals(0, first.exitCode(), () -> "the valid project must build: " + first.err());
        SiteSnapshot before = SiteSnapshot.of(output);

        overlay(CORPUS.resolve(name).resolve("files"), project);
        if (GENERATED.containsKey(name)) {
            GENERATED.get(name).apply(project, temp.resolve("ailleurs"));
        }
        List<Path> besideBefore = listing(temp);
        CliRun run = CliRun.build(project, output);

        List<String> expected = new ArrayList<>(Files.readAllLines(CORPUS.resolve(name).resolve("expected.txt")));
        expected.add(expected.size() == 1 ? "1 erreur." : expected.size() + " erreurs.");
        expected.add("Le site n'a pas été construit ; le site précédent est intact.");
        assertEquals(String.join("\n", expected), String.join("\n", run.errLines()));
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertFalse(run.showsStackTrace(), run::err);
        assertEquals(before, SiteSnapshot.of(output), "the previous site must be kept byte for byte");
        assertEquals(besideBefore, listing(temp), "no partial output or staging folder is left beside the site");
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** A byte-order mark and Windows line ends are what Windows editors write: they must build. */
    @Test
    void acceptsByteOrderMarkAndWindowsLineEnds(@TempDir Path temp) throws IOException {
        Path project = TestSite.create(temp).root();
        String fiche = Fixtures.fiche("");
        Files.write(project.resolve("content/fiches/avec-bom.md"),
                ("\uFEFF" + fiche).getBytes(StandardCharsets.UTF_8));
        // Its own title: two fiches may not share one.
        Files.writeString(project.resolve("content/fiches/fins-crlf.md"),
                fiche.replace("Jardin collectif de test", "Jardin collectif en CRLF").replace("\n", "\r\n"));
        Files.writeString(project.resolve("content/data/populations.yaml"),
                "\uFEFF- {id: familles, nom: Familles}\r\n- {id: aines, nom: Aînés}\r\n");

        CliRun run = CliRun.build(project, temp.resolve("sortie"));

        assertEquals(0, run.exitCode(), run::err);
        assertTrue(Files.isRegularFile(temp.resolve("sortie/fiches/avec-bom.html")));
        String crlf = Files.readString(temp.resolve("sortie/fiches/fins-crlf.html"));
        assertTrue(crlf.contains("Jardin collectif de test"), "the CRLF fiche keeps its title");
        assertFalse(crlf.contains("\r"), "line ends are normalised");
    }

    /** An "image" in assets/ that is a link to a private file: copying it would publish that file. */
    private static void assetLinkOutOfRepository(Path project, Path outside) throws IOException {
        Files.createDirectories(outside);
        Path secret = Files.writeString(outside.resolve("cle-privee.txt"), "secret");
        Files.createDirectories(project.resolve("assets/img"));
        Files.createSymbolicLink(project.resolve("assets/img/logo.png"), secret);
    }

    private static void overlay(Path files, Path project) throws IOException {
        if (!Files.isDirectory(files)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(files)) {
            for (Path source : walk.filter(Files::isRegularFile).sorted().toList()) {
                Path target = project.resolve(files.relativize(source).toString());
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** A fiche whose body is 5 MB: a pasted export, not a fiche. */
    private static void hugeFiche(Path project, Path outside) throws IOException {
        String paragraph = "Les locataires cultivent un jardin ensemble et partagent la récolte.\n\n";
        String body = paragraph.repeat(5_000_000 / paragraph.length() + 1);
        Files.writeString(project.resolve("content/fiches/gros.md"), Fixtures.fiche("") + body);
    }

    /** A fiche that is a symbolic link to a file outside the repository. */
    private static void linkOutOfRepository(Path project, Path outside) throws IOException {
        Files.createDirectories(outside);
        Path secret = Files.writeString(outside.resolve("secret.md"), Fixtures.fiche(""));
        Files.createSymbolicLink(project.resolve("content/fiches/lien.md"), secret);
    }
}
