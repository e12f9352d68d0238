package ca.pratiqueshlm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** « --help » answers on every subcommand, in French; a wrong option says where the help is. */
class FrenchHelpTest {
    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "check", "serve", "new", "schema", "rapport", "adresses", "livret"})
    void everySubcommandHasAFrenchHelp(String command) {
        for (String flag : new String[] {"--help", "-h"}) {
            Run run = run(command, flag);
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().startsWith("Utilisation : fiches " + command), run.out());
            assertTrue(run.out().contains("  -h, --help") && run.out().contains("Affiche cette aide."), run.out());
            assertFalse(run.out().contains("Usage") || run.out().contains("Show this help"), run.out());
            assertEquals("", run.err());
        }
    }

    @Test
    void topLevelHelpListsTheCommandsInFrench() {
        Run run = run("--help");
        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("Utilisation : fiches [-hV] [COMMANDE]"), run.out());
        assertTrue(run.out().contains("Commandes :") && run.out().contains("Affiche la version."), run.out());
        // A run adds only the command it names; the help, naming none, lists all of them, in this order.
        List<String> listed = run.out().lines().filter(line -> line.matches("  [a-z]+ .*"))
                .map(line -> line.trim().split(" ")[0]).toList();
        assertEquals(List.of("build", "check", "serve", "new", "schema", "rapport", "adresses", "livret"), listed);
    }

    @Test
    void mistypedCommandIsReportedWithTheHelp() {
        Run run = run("bild");
        assertEquals(2, run.code());
        assertEquals("Argument inattendu : bild\nAide : fiches --help\n", run.err());
    }

    @Test
    void unknownOptionNamesTheCommandsHelp() {
        Run run = run("new", "--bogus");
        assertEquals(2, run.code());
        assertEquals("Option inconnue : --bogus\nAide : fiches new --help\n", run.err());
    }

    @Test
    void badValueListsThePermittedOnes() {
        Run run = run("check", "--format", "xml");
        assertEquals(2, run.code());
        assertEquals("Valeur « xml » non permise pour --format ; valeurs permises : text, github, json\n"
                + "Aide : fiches check --help\n", run.err());
    }
}
