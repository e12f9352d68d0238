package ca.pratiqueshlm.validation;

import ca.pratiqueshlm.testing.CommandLineRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.model.NamedBooklet;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** content/data/livrets.yaml: every mistake an editor can make, at its line and column, in one run. */
class NamedBookletValidationTest {
    /** One of each mistake: unknown fiche, fiche twice, bad id, empty list, id twice, unknown key. */
    static final String BROKEN = """
            - id: forum-levis
              titre: Forum de Lévis
              fiches: [jardin, comit, jardin]
            - id: Forum Aînés
              titre: Aînés
              fiches: []
            - id: forum-levis
              titre: Encore
              auteur: Équipe
              fiches:
                - cuisine
            """;

    @TempDir
    Path folder;

    private TestSite project() {
        return TestSite.withThreeFiches(folder);
    }

    @Test
    void everyMistakeIsReportedAtItsPositionWithAHint() {
        TestSite site = project().write("data/livrets.yaml", BROKEN);
        Result<Site> result = new ContentLoader(site.layout()).load();
        assertFalse(result.isSuccess());
        assertEquals(List.of(
                "content/data/livrets.yaml:3:20: fiche inconnue « comit » — vouliez-vous dire « comite » ?",
                "content/data/livrets.yaml:3:27: la fiche « jardin » figure deux fois dans ce livret — retirez l'une des deux lignes",
                "content/data/livrets.yaml:4:7: identifiant « Forum Aînés » invalide — utilisez des lettres minuscules sans accent,"
                        + " des chiffres et des traits d'union, par exemple « forum-aines »",
                "content/data/livrets.yaml:6:11: la liste « fiches (entrée 2) » doit contenir au moins un élément"
                        + " — les fiches du livret, dans l'ordre : nom du fichier sans .md",
                "content/data/livrets.yaml:7:7: identifiant « forum-levis » en double dans content/data/livrets.yaml"
                        + " — chaque livret a son propre identifiant, qui donne le nom de son PDF ; renommez l'un des deux",
                "content/data/livrets.yaml:9:3: champ inconnu « auteur » dans « [3] » — champs permis : id, titre, description, fiches"),
                result.problems().stream().map(Diagnostic::format).toList());
    }

    @Test
    void theModelKeepsTheEditorsOrderAndNoFileMeansNoBooklet() {
        TestSite site = project();
        assertEquals(List.of(), new ContentLoader(site.layout()).load().get().booklets());
        site.write("data/livrets.yaml", """
                - id: forum-levis
                  titre: Forum de Lévis
                  description: Pour la rencontre de juin.
                  fiches: [jardin, comite]
                - id: cuisine-seule
                  titre: La cuisine
                  fiches: [cuisine]
                """);
        Result<Site> result = new ContentLoader(site.layout()).load();
        assertTrue(result.isSuccess(), () -> result.problems().toString());
        assertEquals(List.of(new NamedBooklet("forum-levis", "Forum de Lévis", "Pour la rencontre de juin.", List.of("jardin", "comite")),
                new NamedBooklet("cuisine-seule", "La cuisine", "", List.of("cuisine"))), result.get().booklets());
    }

    @Test
    void checkAndBuildRefuseTheFileAndLeaveThePreviousSiteIntact() throws IOException {
        TestSite site = project();
        Path output = folder.resolve("sortie");
        assertEquals(0, run("build", "--no-pdf", "--output", output.toString()).code());
        String home = Files.readString(output.resolve("index.html"));
        site.write("data/livrets.yaml", BROKEN);

        CommandLineRun check = run("check");
        assertEquals(1, check.code());
        assertTrue(check.err().contains("content/data/livrets.yaml:3:20: fiche inconnue « comit »"), check.err());
        assertTrue(check.err().contains("6 erreurs."), check.err());

        CommandLineRun build = run("build", "--output", output.toString());
        assertEquals(1, build.code());
        assertTrue(build.err().contains("content/data/livrets.yaml:9:3: champ inconnu « auteur »"), build.err());
        assertTrue(build.err().contains("le site précédent est intact"), build.err());
        assertFalse(build.err().contains("Exception"), build.err());
        assertEquals(home, Files.readString(output.resolve("index.html")));
        assertFalse(Files.exists(output.resolve("pdf")), "nothing written");
    }

    private CommandLineRun run(String... args) {
        return CommandLineRun.in(folder, args);
    }
}
