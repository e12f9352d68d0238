package ca.pratiqueshlm.contribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.schema.FieldReference;
import ca.pratiqueshlm.testing.TestSite;
import ca.pratiqueshlm.validation.ContentLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CONTRIBUTING.md is what editors follow: its table and its example must match the validator. */
class ContributingGuideTest {
    private static String guide() throws Exception {
        return Files.readString(TestSite.REPOSITORY.resolve("CONTRIBUTING.md"), StandardCharsets.UTF_8);
    }

    /** The text between the line holding {@code <!-- name:debut} and the line holding {@code <!-- name:fin}. */
    private static String section(String text, String name) {
        int start = text.indexOf("<!-- " + name + ":debut");
        int end = text.indexOf("<!-- " + name + ":fin");
        assertTrue(start >= 0 && end > start, "markers " + name + " in CONTRIBUTING.md");
        return text.substring(text.indexOf('\n', start) + 1, end);
    }

    @Test
    void fieldTableIsTheOneTheModelDescribes() throws Exception {
        assertEquals(FieldReference.markdown(), section(guide(), "champs"),
                "CONTRIBUTING.md's field table is stale: replace it with the output of "
                        + "« java -jar target/fiches.jar schema --champs »");
    }

    @Test
    void annotatedExamplePassesTheCheckOnceCopiedIntoANewFile(@TempDir Path folder) throws Exception {
        String block = section(guide(), "exemple");
        String fiche = block.substring(block.indexOf("```yaml\n") + "```yaml\n".length(), block.lastIndexOf("```"));
        TestSite site = TestSite.copyOfRepository(folder).write("fiches/exemple-annote.md", fiche);

        Result<Site> result = new ContentLoader(site.layout()).load();

        assertEquals(List.of(), result.problems());
        Fiche example = result.get().fiches().stream().filter(f -> f.slug().equals("exemple-annote")).findFirst().orElseThrow();
        assertEquals("03", example.place().region());
        assertEquals(List.of("Aide aux devoirs", "Ateliers de cuisine"), example.activities());
        assertTrue(fiche.startsWith("---\n# yaml-language-server: $schema=../../schema/fiche.schema.json\n"));
    }
}
