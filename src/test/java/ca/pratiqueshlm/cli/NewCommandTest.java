package ca.pratiqueshlm.cli;

import ca.pratiqueshlm.testing.CommandLineRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
    private static final String TITLE = "Jardin collectif : « Les pousses » à Dosquet";
    private static final String SLUG = "jardin-collectif-les-pousses-a-dosquet";

    @TempDir
    Path folder;
    TestSite project;

    @BeforeEach
    void project() {
        // One valid fiche already there, so only the new one can fail the check.
        project = TestSite.create(folder).fiche("existante", "");
    }

    @Test
    void theScaffoldFailsCheckNamingEachFieldToFill() throws IOException {
        CommandLineRun created = run("new", "--titre", TITLE, "--categorie", "vivre-ensemble", "--region", "12");
        assertEquals(0, created.code(), created.err());
        Path fiche = folder.resolve("content/fiches/" + SLUG + ".md");
        assertTrue(created.out().contains("content/fiches/" + SLUG + ".md"), created.out());
        String text = Files.readString(fiche, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("---\n# yaml-language-server: $schema=../../schema/fiche.schema.json\n"), text);

        CommandLineRun check = run("check");
        assertEquals(1, check.code(), check.out());
        List<String> problems = Arrays.stream(check.err().split("\n"))
                .filter(line -> line.startsWith("content/")).toList();
        for (String field : List.of("resume", "types_habitation", "periode.debut", "statut.valeur",
                "populations", "objectifs", "activites", "sources.id", "sources.repere")) {
            assertTrue(problems.stream().anyMatch(p -> p.contains("champ « " + field + " » à compléter")),
                    field + " in:\n" + check.err());
        }
        assertTrue(problems.stream().anyMatch(p -> p.contains("texte de la fiche à compléter")), check.err());
        for (String problem : problems) {
            assertTrue(problem.startsWith("content/fiches/" + SLUG + ".md:"), problem);
            // Only the plain "to fill" message: no type error about the marker itself.
            assertTrue(problem.contains("à compléter"), problem);
        }
    }

    @Test
    void theScaffoldPassesCheckOnceItsPlaceholdersAreFilled() throws IOException {
        assertEquals(0, run("new", "--titre", TITLE, "--categorie", "vivre-ensemble", "--region", "12").code());
        Path fiche = folder.resolve("content/fiches/" + SLUG + ".md");
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("resume: À COMPLÉTER", "resume: Des locataires cultivent un jardin ensemble.");
        answers.put("# municipalite: Québec", "municipalite: Dosquet");
        answers.put("types_habitation: [À COMPLÉTER]", "types_habitation: [hlm]");
        answers.put("debut: À COMPLÉTER", "debut: 2012");
        answers.put("valeur: À COMPLÉTER", "valeur: actif");
        answers.put("# annee: 2014", "annee: 2014");
        answers.put("# source: leblanc-vachon-2014", "source: source-test");
        answers.put("populations: [À COMPLÉTER]", "populations: [familles]");
        answers.put("objectifs:\n  - À COMPLÉTER", "objectifs:\n  - Créer un lieu de rencontre");
        answers.put("activites:\n  - À COMPLÉTER", "activites:\n  - Jardinage en groupe");
        answers.put("  - id: À COMPLÉTER\n    repere: À COMPLÉTER", "  - id: source-test\n    repere: diapositive 4");
        answers.put("À COMPLÉTER : décrivez ici la pratique", "Les locataires cultivent un jardin, décrit ici");
        String text = Files.readString(fiche, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            assertTrue(text.contains(answer.getKey()), answer.getKey());
            text = text.replace(answer.getKey(), answer.getValue());
        }
        assertFalse(text.lines().filter(line -> !line.startsWith("#")).anyMatch(line -> line.contains("À COMPLÉTER")),
                text);
        Files.writeString(fiche, text, StandardCharsets.UTF_8);

        CommandLineRun check = run("check");
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("2 fiches valides"), check.out());
    }

    @Test
    void refusesToOverwriteAnExistingFiche() throws IOException {
        Path existing = folder.resolve("content/fiches/existante.md");
        String before = Files.readString(existing);
        CommandLineRun again = run("new", "--titre", "Existante", "--categorie", "vivre-ensemble", "--region", "12");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("content/fiches/existante.md existe déjà"), again.err());
        assertEquals(before, Files.readString(existing), "unchanged");
    }

    @Test
    void missingOptionsWithoutATerminalAreAUsageError() {
        CommandLineRun run = run("new", "--titre", "Jardin");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--categorie, --region"), run.err());
        assertFalse(Files.exists(folder.resolve("content/fiches/jardin.md")));
    }

    @Test
    void anUnknownCategoryOrRegionIsRefusedBeforeWriting() {
        CommandLineRun category = run("new", "--titre", "Jardin", "--categorie", "vivre-ensembl", "--region", "12");
        assertEquals(2, category.code());
        assertTrue(category.err().contains("catégorie inconnue « vivre-ensembl »"), category.err());
        CommandLineRun region = run("new", "--titre", "Jardin", "--categorie", "vivre-ensemble", "--region", "42");
        assertEquals(2, region.code());
        assertTrue(region.err().contains("code de région inconnu « 42 »"), region.err());
        assertFalse(Files.exists(folder.resolve("content/fiches/jardin.md")));
    }

    @Test
    void aOneDigitRegionIsPadded() throws IOException {
        assertEquals(0, run("new", "--titre", "Jardin", "--categorie", "vivre-ensemble", "--region", "3").code());
        assertTrue(Files.readString(folder.resolve("content/fiches/jardin.md")).contains("region: \"03\""));
    }

    private CommandLineRun run(String... args) {
        return CommandLineRun.in(folder, args);
    }
}
