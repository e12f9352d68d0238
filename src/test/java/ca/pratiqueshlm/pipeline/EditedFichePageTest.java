package ca.pratiqueshlm.pipeline;

import static ca.pratiqueshlm.pipeline.IncrementalBuildTest.ageContent;
import static ca.pratiqueshlm.pipeline.IncrementalBuildTest.assertSameTree;
import static ca.pratiqueshlm.pipeline.IncrementalBuildTest.titled;
import static ca.pratiqueshlm.pipeline.IncrementalBuildTest.tree;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview writes a saved fiche's page before the rest of the rebuild when the previous index still
 * gives it as the whole rebuild would ({@link EditedFiche}); in every other case the page comes with the rest.
 */
class EditedFichePageTest {
    /** A project of two fiches saved long ago, built once by a preview's builder into {@code site}. */
    private record Preview(TestSite project, Path site, IncrementalBuilder builder) {
        static Preview built(Path folder) throws IOException {
            TestSite project = TestSite.create(folder.resolve("projet"));
            project.write("fiches/jardin.md", titled("jardin", 0)).write("fiches/cuisine.md", titled("cuisine", 0));
            Path site = folder.resolve("apercu");
            IncrementalBuilder builder = new IncrementalBuilder(project.layout(), site);
            ageContent(project);
            assertTrue(builder.build().report().ok());
            return new Preview(project, site, builder);
        }

        void assertAsACleanBuild(Path clean, String edits) throws IOException {
            assertTrue(new SiteBuilder(project.layout()).build(clean).ok());
            assertSameTree(clean, site, edits);
        }
    }

    @Test
    void anEditedFichesPageIsWrittenBeforeTheRestAndReadsAsAfterTheWholeRebuild(@TempDir Path folder)
            throws IOException {
        Preview preview = Preview.built(folder);
        TestSite project = preview.project();
        Path site = preview.site();
        IncrementalBuilder builder = preview.builder();
        project.write("fiches/jardin.md", titled("jardin", 1));
        Map<String, String> seenAhead = new TreeMap<>();
        IncrementalBuilder.Outcome outcome = builder.build(written -> {
            for (String path : List.of("fiches/jardin.html", "index.html")) {
                seenAhead.put(path, read(site.resolve(path)));
            }
        });

        assertTrue(outcome.ahead().contains("fiches/jardin.html"), outcome.toString());
        assertTrue(seenAhead.get("fiches/jardin.html").contains("Texte jardin numéro 1"), "on disk when announced");
        assertTrue(seenAhead.get("index.html").contains("Pratique jardin 0"), "the home page comes after");
        assertTrue(read(site.resolve("index.html")).contains("Pratique jardin 1"));
        assertEquals(seenAhead.get("fiches/jardin.html"), read(site.resolve("fiches/jardin.html")),
                "the page written first is the whole rebuild's");
        assertFalse(outcome.rest().contains("fiches/jardin.html"), "and it is not written twice: " + outcome.rest());
        preview.assertAsACleanBuild(folder.resolve("propre"), "une fiche modifiée");
    }

    @Test
    void rehearsalsWriteNothingAndTheNextSaveIsStillWrittenFirst(@TempDir Path folder) throws IOException {
        Preview preview = Preview.built(folder);
        TestSite project = preview.project();
        Path site = preview.site();
        IncrementalBuilder builder = preview.builder();
        Map<String, byte[]> built = tree(site);
        for (int i = 0; i < 3; i++) {
            builder.rehearse();
        }
        Map<String, byte[]> after = tree(site);
        assertEquals(built.keySet(), after.keySet());
        built.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));

        project.write("fiches/cuisine.md", titled("cuisine", 1));
        IncrementalBuilder.Outcome outcome = builder.build();
        assertTrue(outcome.ahead().contains("fiches/cuisine.html"), outcome.toString());
        preview.assertAsACleanBuild(folder.resolve("propre"), "répétitions puis une fiche modifiée");
    }

    @Test
    void aFicheThatChangesCategoryWaitsForTheRebuiltIndex(@TempDir Path folder) throws IOException {
        Preview preview = Preview.built(folder);
        // Its related fiches and the menu's counts change: its page needs the new index.
        preview.project().write("fiches/jardin.md", titled("jardin", 1).replace("categorie: vivre-ensemble",
                "categorie: vivre-ensemble\ncategories_secondaires: [participation-locataires]"));
        List<Set<String>> announced = new ArrayList<>();
        IncrementalBuilder.Outcome outcome = preview.builder().build(announced::add);

        assertTrue(outcome.report().ok(), outcome.report().problems().toString());
        assertEquals(List.of(), announced);
        assertTrue(outcome.rest().contains("fiches/jardin.html"), outcome.rest().toString());
    }

    @Test
    void twoFichesSavedTogetherAreWrittenWithTheRest(@TempDir Path folder) throws IOException {
        Preview preview = Preview.built(folder);
        preview.project().write("fiches/jardin.md", titled("jardin", 1)).write("fiches/cuisine.md", titled("cuisine", 1));
        IncrementalBuilder.Outcome outcome = preview.builder().build();

        assertEquals(Set.of(), outcome.ahead(), "the previous index no longer stands for the others");
        assertTrue(outcome.rest().containsAll(Set.of("fiches/jardin.html", "fiches/cuisine.html")), outcome.rest().toString());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
