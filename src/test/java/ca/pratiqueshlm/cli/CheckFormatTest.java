package ca.pratiqueshlm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import ca.pratiqueshlm.testing.Fixtures;
import ca.pratiqueshlm.testing.TestSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `check --format github` and `--format json`, for CI annotations and tools. */
class CheckFormatTest {
    private static final Pattern ANNOTATION =
            Pattern.compile("::error file=([^,]*),line=(\\d+),col=(\\d+),title=([^:]*)::(.*)");

    @TempDir
    static Path folder;
    private static TestSite site;

    /** One file per kind of problem the validator reports. */
    @BeforeAll
    static void brokenSite() {
        site = TestSite.create(folder)
                .write("fiches/Majuscule.md", Fixtures.fiche(""))
                .write("fiches/sans-entete.md", "Juste du texte.\n")
                .write("fiches/entete-ouvert.md", "---\ntitre: X\n")
                .write("fiches/tabulation.md", "---\ntitre: X\n\tresume: y\n---\nTexte\n")
                .write("fiches/deux-points.md", "---\ntitre: Bilan: 2014: suite\nresume: a: b\n---\nTexte\n")
                .write("fiches/guillemet.md", "---\ntitre: X\nresume: \"ouvert\n---\nTexte\n")
                .write("fiches/en-double.md", Fixtures.fiche("titre: Encore\n"))
                .write("fiches/champ-inconnu.md", Fixtures.fiche("auteur: Moi\n"))
                .write("fiches/references.md", Fixtures.fiche("programme: inconnu\ncategories_secondaires: [vivre-ensembl]\n"))
                .write("fiches/valeurs.md", Fixtures.fiche("chiffres_cles:\n  - valeur: \"52 %\"\n    libelle: a, b\n    source: source-test\n"
                        + "financement:\n  - montant: 4 500 $\n    nature: 100 %\n    source: source-test\n    repere: x\n"))
                .write("fiches/texte-vide.md", Fixtures.fiche("").replace("Les locataires cultivent un jardin ensemble.\n", ""))
                .write("fiches/lien.md", Fixtures.fiche("") + "[x](javascript:alert(1)) ![y](../../../secret.png)\n")
                .write("fiches/annees.md", Fixtures.fiche("").replace("  debut: 2013", "  debut: 2013\n  fin: 2010")
                        .replace("mise_a_jour: 2026-11-25", "mise_a_jour: 25-11-2026")
                        .replace("types_habitation: [hlm]", "types_habitation: hlm"))
                .write("fiches/annee-ancienne.md", Fixtures.fiche("").replace("  debut: 2013", "  debut: 1850")
                        .replace("  region: \"12\"", "  region: \"12\"\n  ensemble: |\n    deux\n    lignes"))
                .write("fiches/notes.txt", "pas une fiche\n");
    }

    private record Run(int code, String out, String err) {}

    private static Run check(String format) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", "--project", site.root().toString(), "--format", format},
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void everyProblemOfEveryKindBecomesAnAnnotationOnItsLine() {
        Run text = check("text");
        Run github = check("github");
        assertEquals(1, github.code());
        assertEquals("", github.err(), "annotations go to standard output, where GitHub reads them");

        List<String> textLines = new ArrayList<>(text.err().lines().toList());
        textLines.remove(textLines.size() - 1); // "N erreurs."
        List<String> annotations = github.out().lines().toList();
        assertEquals(textLines.size(), annotations.size(), github.out());
        for (String kind : List.of("nom de fichier", "champ inconnu", "deux-points inattendu", "en double", "jamais fermé",
                "guillemet ouvert", "interdite", "sort du dossier", "fichier ignoré", "programme inconnu", "catégorie inconnue",
                "doit commencer par une ligne", "tabulation", "texte de la fiche est vide", "champ obligatoire",
                "montant en chiffres", "non permise", "précède l'année de début", "date AAAA-MM-JJ", "doit être une liste",
                "année invraisemblable", "doit tenir sur une ligne")) {
            assertTrue(github.out().contains(kind), "an annotation for « " + kind + " »:\n" + github.out());
        }
        for (int i = 0; i < annotations.size(); i++) {
            Matcher m = ANNOTATION.matcher(annotations.get(i));
            assertTrue(m.matches(), "one annotation per line: " + annotations.get(i));
            String rebuilt = unescape(m.group(1)) + ":" + m.group(2) + ":" + m.group(3) + ": " + unescape(m.group(5));
            assertEquals(textLines.get(i), rebuilt, "same file, line, column, message and hint as the text format");
            assertEquals("Fiche invalide", unescape(m.group(4)));
        }
        assertTrue(github.out().contains("::error file=content/fiches/valeurs.md,line="), github.out());
        assertTrue(github.out().contains("« 100 %25 »"), "a % in a message is escaped: " + github.out());
    }

    @Test
    void annotationsPointAtTheFaultyLineAndColumn() {
        List<String> annotations = check("github").out().lines().toList();
        int line = Fixtures.fiche("programme: inconnu\n").lines().toList().indexOf("programme: inconnu") + 1;
        String unknownProgramme = "::error file=content/fiches/references.md,line=" + line
                + ",col=12,title=Fiche invalide::programme inconnu « inconnu » — ";
        assertTrue(annotations.stream().anyMatch(a -> a.startsWith(unknownProgramme)), String.join("\n", annotations));
        assertTrue(annotations.stream().anyMatch(a -> a.startsWith("::error file=content/fiches/tabulation.md,line=3,col=1,")),
                String.join("\n", annotations));
    }

    @Test
    void githubEscapesPercentNewlinesAndPropertySeparators() {
        Diagnostic tricky = new Diagnostic("content/fiches/a,b:c%d.md", new Position(7, 3),
                "50 % des\nlocataires\r: oui, non", Optional.of("voir 100 % : a, b"));
        StringWriter out = new StringWriter();
        DiagnosticFormat.github.print(List.of(tricky), new PrintWriter(out, true));
        assertEquals("::error file=content/fiches/a%2Cb%3Ac%25d.md,line=7,col=3,title=Fiche invalide::"
                + "50 %25 des%0Alocataires%0D: oui, non — voir 100 %25 : a, b\n", out.toString());
    }

    @Test
    void jsonListsEveryProblemWithItsPositionAndParses() throws Exception {
        Run json = check("json");
        assertEquals(1, json.code());
        JsonNode problems = new ObjectMapper().readTree(json.out());
        List<String> textLines = check("text").err().lines().toList();
        assertEquals(textLines.size() - 1, problems.size());
        for (int i = 0; i < problems.size(); i++) {
            JsonNode p = problems.get(i);
            String rebuilt = p.get("path").asText() + ":" + p.get("line").asInt() + ":" + p.get("column").asInt() + ": "
                    + p.get("message").asText() + (p.get("hint").isNull() ? "" : " — " + p.get("hint").asText());
            assertEquals(textLines.get(i), rebuilt);
        }
    }

    @Test
    void jsonEscapesQuotesBackslashesAndControlCharacters() throws Exception {
        Diagnostic tricky = new Diagnostic("content/fiches/x.md", new Position(2, 5),
                "« \"guillemets\" » \\ tab\tligne\nfin \u0001", Optional.empty());
        StringWriter out = new StringWriter();
        DiagnosticFormat.json.print(List.of(tricky), new PrintWriter(out, true));
        JsonNode p = new ObjectMapper().readTree(out.toString()).get(0);
        assertEquals(tricky.message(), p.get("message").asText());
        assertTrue(p.get("hint").isNull());
        assertEquals(2, p.get("line").asInt());
        assertEquals(5, p.get("column").asInt());
    }

    @Test
    void validContentGivesAnEmptyJsonListAndNoAnnotation(@TempDir Path clean) throws Exception {
        TestSite valid = TestSite.create(clean).fiche("jardin", "");
        StringWriter out = new StringWriter();
        String[] json = {"check", "--project", valid.root().toString(), "--format", "json"};
        assertEquals(0, Main.run(json, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)));
        assertEquals(0, new ObjectMapper().readTree(out.toString()).size());

        StringWriter annotations = new StringWriter();
        String[] github = {"check", "--project", valid.root().toString(), "--format", "github"};
        assertEquals(0, Main.run(github, new PrintWriter(annotations, true), new PrintWriter(new StringWriter(), true)));
        assertEquals("", annotations.toString());
    }

    private static String unescape(String text) {
        return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
    }
}
