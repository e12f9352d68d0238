package ca.pratiqueshlm.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure while rendering, after validation passed, must also leave the previous site as it was. */
class TemplateFailureTest {
    @Test
    void aBrokenTemplateKeepsThePreviousSite(@TempDir Path temp) throws IOException {
        Path project = TestSite.create(temp.resolve("projet")).fiche("jardin-test", "").root();
        Path output = temp.resolve("sortie");
        assertEquals(0, CliRun.build(project, output).exitCode());
        SiteSnapshot before = SiteSnapshot.of(output);

        Path template = project.resolve("templates/fiche.ftl");
        String original = Files.readString(template);
        String broken = original.replace("${f.heading.title}", "${f.champInexistant.titre}");
        assertFalse(broken.equals(original), "the fiche template no longer shows ${f.heading.title}: break it another way");
        Files.writeString(template, broken);
        CliRun run = CliRun.build(project, output);

        assertEquals(3, run.exitCode(), run::err);
        assertTrue(run.err().contains("Le site précédent est intact."), run::err);
        assertFalse(run.showsStackTrace(), run::err);
        assertEquals(before, SiteSnapshot.of(output));
    }
}
