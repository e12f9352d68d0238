package ca.pratiqueshlm.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The versions a rebuild announces, which the open pages poll to know when to reload. */
class RebuilderTest {
    @Test
    void anEditedFichesPageIsAnnouncedOnItsOwnBeforeTheRestOfTheSite(@TempDir Path folder) throws IOException {
        TestSite project = TestSite.create(folder).fiche("jardin", "").fiche("cuisine", "");
        PrintWriter quiet = new PrintWriter(new StringWriter());
        Rebuilder rebuilder = new Rebuilder(project.layout(), project.output(), quiet, quiet);
        trustContentFiles(project);
        assertTrue(rebuilder.rebuild().ok());
        long before = rebuilder.state().version();

        Path fiche = project.root().resolve("content/fiches/jardin.md");
        Files.writeString(fiche, Files.readString(fiche).replace("cultivent un jardin", "cultivent un potager"));
        BuildState after = rebuilder.rebuild();

        assertTrue(after.ok(), after.problems().toString());
        assertEquals(before + 2, after.version(), "one version for the page written first, one for the rest");
        assertEquals(before + 1, rebuilder.changes().of("fiches/jardin.html"),
                "its reader reloads at the first, and not again at the second");
        assertEquals(before + 2, rebuilder.changes().of("recherche.html"),
                "the search index holds the new word: it comes with the rest");
        assertEquals(before, rebuilder.changes().of("a-propos.html"), "a page that did not change is not reloaded");
        assertTrue(Files.readString(project.output().resolve("fiches/jardin.html")).contains("potager"));
    }

    /**
     * An editor's files were saved long before the edit: the preview trusts them without reading them
     * again (a file saved less than 2 s before a build is read at every build).
     */
    private static void trustContentFiles(TestSite project) throws IOException {
        FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        try (Stream<Path> files = Files.walk(project.root().resolve("content"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, hourAgo);
            }
        }
    }
}
