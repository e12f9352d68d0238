package ca.pratiqueshlm.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The build replaces its output folder as a whole; pointed at the project or a folder of other files,
 * it must refuse instead of deleting them.
 */
class OutputFolderTest {
    @ParameterizedTest(name = "--output {0}")
    @CsvSource(delimiter = '|', value = {
        ".|le dossier de sortie contient le projet : la construction l'effacerait",
        "..|le dossier de sortie contient le projet : la construction l'effacerait",
        "content|le dossier de sortie est dans content/ : la construction effacerait des sources",
        "content/fiches|le dossier de sortie est dans content/ : la construction effacerait des sources",
        "assets/site|le dossier de sortie est dans assets/ : la construction effacerait des sources",
        "../documents|le dossier de sortie contient déjà des fichiers qui ne sont pas un site construit",
        "../notes.txt|la sortie désignée est un fichier, pas un dossier"})
    void refusesAnOutputThatWouldDestroyFiles(String output, String message, @TempDir Path temp) throws IOException {
        Path project = TestSite.create(temp.resolve("projet")).fiche("jardin-test", "").root();
        Files.createDirectories(temp.resolve("documents"));
        Files.writeString(temp.resolve("documents/rapport.txt"), "à garder");
        Files.writeString(temp.resolve("notes.txt"), "à garder");
        SiteSnapshot before = SiteSnapshot.of(temp);

        CliRun run = CliRun.build(project, project.resolve(output));

        assertEquals(1, run.exitCode(), run::err);
        Path shown = project.resolve(output).toAbsolutePath().normalize();
        assertTrue(run.err().startsWith(shown + ":1:1: " + message
                + " — choisissez un dossier à part, par exemple target/site (la valeur par défaut)"), run::err);
        assertFalse(run.showsStackTrace(), run::err);
        assertEquals(before, SiteSnapshot.of(temp), "nothing was deleted or written");
    }
}
