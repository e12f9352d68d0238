package ca.pratiqueshlm.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.testing.Fixtures;
import ca.pratiqueshlm.testing.TestSite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small bodies that used to crash or hang a build: every one now builds or is refused at its file with a
 * French message, quickly, and without a stack trace.
 */
class ResourceBoundsTest {
    /** A hang is the failure being tested: the limit per body is 5 s, so this is far above a pass. */
    private static final Duration HANG = Duration.ofSeconds(90);

    @TempDir
    Path temp;

    private CliRun buildWithBody(String body) {
        TestSite site = TestSite.create(temp.resolve("projet"));
        String fiche = Fixtures.fiche("");
        site.write("fiches/jardin-test.md", fiche.substring(0, fiche.indexOf("\n---\n") + 5) + body + "\n");
        return assertTimeoutPreemptively(HANG, () -> CliRun.build(site.root(), site.output()));
    }

    @Test
    void aThousandNestedQuotesAreRefusedAtTheirLine() {
        CliRun run = buildWithBody("Intro\n\n" + ">".repeat(1000) + " x");

        assertEquals(1, run.exitCode(), run::err);
        assertTrue(run.err().contains("citations ou listes imbriquées sur plus de 24 niveaux — simplifiez"), run::err);
        assertFalse(run.showsStackTrace(), run::err);
    }

    @Test
    void aListNestedSevenHundredDeepIsRefused() {
        CliRun run = buildWithBody("- ".repeat(700) + "x");

        assertEquals(1, run.exitCode(), run::err);
        assertTrue(run.err().contains("citations ou listes imbriquées"), run::err);
        assertFalse(run.showsStackTrace(), run::err);
    }

    @Test
    void aListNestedByIndentationIsRefusedToo() {
        String list = IntStream.range(0, 60).mapToObj(i -> "    ".repeat(i) + "- x").collect(Collectors.joining("\n"));

        CliRun run = buildWithBody(list);

        assertEquals(1, run.exitCode(), run::err);
        assertTrue(run.err().contains("citations ou listes imbriquées"), run::err);
    }

    @Test
    void htmlNestedTwentyThousandDeepIsRefused() {
        CliRun run = buildWithBody("<span>".repeat(20_000) + "x");

        assertEquals(1, run.exitCode(), run::err);
        assertTrue(run.err().contains("balises HTML imbriquées sur plus de 64 niveaux"), run::err);
    }

    @Test
    void twentyFourThousandHeadingsAreRefusedAsTooLarge() {
        CliRun run = buildWithBody("<h2 id=x>Titre</h2>\n\n".repeat(24_000));

        assertEquals(1, run.exitCode(), run::err);
        assertTrue(run.err().contains("fichier trop volumineux (0,5 Mo, maximum 0,2 Mo)"), run::err);
    }

    @Test
    void pathologicalBodiesBuildOrAreRefusedAsTooComplex() {
        for (String body : new String[] {"`a``".repeat(20_000), "[a](<b)".repeat(20_000)}) {
            CliRun run = buildWithBody(body);

            assertTrue(run.exitCode() == 0 || run.err().contains("texte trop complexe"), run::err);
            assertFalse(run.showsStackTrace(), run::err);
        }
    }
}
