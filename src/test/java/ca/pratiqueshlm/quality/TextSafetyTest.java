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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text that would break outputs or fool a reader of the build's messages: control characters from YAML
 * escapes or pasted text, invisible titles, impossible dates, terminal and workflow-command injection.
 */
class TextSafetyTest {
    @TempDir
    Path temp;

    private CliRun build(TestSite site) {
        return CliRun.build(site.root(), site.output());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"A\\x01B\"|U+0001", "\"A\\0B\"|U+0000", "\"A\\eB\"|U+001B", "\"A\\x7fB\"|U+007F", "\"A\\uFFFEB\"|U+FFFE"})
    void controlCharactersFromYamlEscapesAreRefusedAtTheirValue(String title, String shown) {
        TestSite site = TestSite.create(temp.resolve("projet")).fiche("jardin-test", "");
        site.write("fiches/jardin-test.md", Fixtures.fiche("").replace("titre: Jardin collectif de test", "titre: " + title));

        CliRun run = build(site);

        assertEquals(1, run.exitCode(), run::err);
        assertTrue(run.err().contains("content/fiches/jardin-test.md:2:8: caractère de contrôle " + shown
                + " dans la valeur"), run::err);
        assertFalse(Files.exists(site.output()));
    }

    @Test
    void aRawControlCharacterInTheTextIsRefusedAtItsPosition() {
        TestSite site = TestSite.create(temp.resolve("projet"));
        site.write("fiches/jardin-test.md", Fixtures.fiche("") + "Deuxième ligne avec un \u0007 caché.\n");

        CliRun run = build(site);

        assertEquals(1, run.exitCode(), run::err);
        assertTrue(run.err().contains("caractère de contrôle U+0007 dans le fichier"), run::err);
    }

    @Test
    void aTitleOfOnlyInvisibleCharactersIsEmpty() {
        TestSite site = TestSite.create(temp.resolve("projet"));
        site.write("fiches/jardin-test.md", Fixtures.fiche("")
                .replace("titre: Jardin collectif de test", "titre: \"\u200B\u200D\u00AD\""));

        CliRun run = build(site);

        assertEquals(1, run.exitCode(), run::err);
        assertTrue(run.err().contains("« titre » est vide"), run::err);
    }

    @ParameterizedTest
    @CsvSource({"0000-01-01", "9999-12-31"})
    void impossibleDatesAreRefused(String date) {
        TestSite site = TestSite.create(temp.resolve("projet"));
        site.write("fiches/jardin-test.md", Fixtures.fiche("").replaceFirst("mise_a_jour: [0-9-]+", "mise_a_jour: " + date));

        CliRun run = build(site);

        assertEquals(1, run.exitCode(), run::err);
        assertTrue(run.err().contains("date « " + date + " » invraisemblable"), run::err);
    }

    @Test
    void aValueCannotStartAWorkflowCommandLineInTheTextReport() {
        TestSite site = TestSite.create(temp.resolve("projet"));
        site.write("fiches/jardin-test.md", Fixtures.fiche("")
                .replace("categorie: vivre-ensemble", "categorie: \"x\\n::warning file=README.md::compromis\""));

        CliRun run = build(site);

        assertEquals(1, run.exitCode(), run::err);
        assertTrue(run.err().contains("x\\u000a::warning"), run::err);
        assertTrue(run.errLines().stream().noneMatch(line -> line.startsWith("::")), run::err);
    }

    @Test
    void anEscapeSequenceInAFileNameCannotRewriteTheTerminal() throws IOException {
        TestSite site = TestSite.create(temp.resolve("projet")).fiche("jardin-test", "");
        Path fiche = site.root().resolve("content/fiches/\u001b[32mSucces.md");
        Files.writeString(fiche, Fixtures.fiche(""), StandardCharsets.UTF_8);

        CliRun run = build(site);

        assertEquals(1, run.exitCode(), run::err);
        assertFalse(run.err().contains("\u001b"), "no raw escape character reaches the terminal");
        assertTrue(run.err().contains("\\u001b[32mSucces.md"), run::err);
    }
}
