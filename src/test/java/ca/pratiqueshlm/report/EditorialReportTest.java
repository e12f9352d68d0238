package ca.pratiqueshlm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.cli.Main;
import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.testing.Fixtures;
import ca.pratiqueshlm.testing.TestSite;
import ca.pratiqueshlm.validation.ContentLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorialReportTest {
    @TempDir
    Path folder;

    private TestSite site() {
        TestSite site = TestSite.create(folder).fiche("jardin-test", "");
        site.write("fiches/ancienne.md", Fixtures.fiche("contexte: Un contexte.\n")
                .replace("Jardin collectif de test", "Ancienne pratique")
                .replace("mise_a_jour: 2026-11-25", "mise_a_jour: 2020-03-01")
                .replace("retombees:\n  - id: liens\n    enonce: Les voisins se parlent davantage\n", ""));
        site.write("data/partenaires.yaml", """
                - id: omh-test
                  nom: Office municipal d'habitation de Test
                  sigle: OMHT
                  secteur: habitation
                  alias: [OMH de Test, Office municipal d'habitaton de Test, OMH-de-test]
                - id: cisss-test
                  nom: Centre intégré de santé et de services sociaux de Test
                  secteur: sante-services-sociaux
                """);
        return site;
    }

    @Test
    void listsWhatTheEditorialTeamShouldLookAt() {
        Result<Site> loaded = new ContentLoader(site().layout()).load();
        assertTrue(loaded.isSuccess(), () -> loaded.problems().toString());

        EditorialReport report = EditorialReport.of(loaded.get(), LocalDate.of(2026, 12, 1), 12);

        assertEquals(List.of("ancienne (2020-03-01)"), report.stale());
        assertEquals(List.of("ancienne", "jardin-test"), report.missingOptional().stream().map(l -> l.split(" : ")[0]).toList());
        assertTrue(report.missingOptional().get(1).contains("contexte"), report.missingOptional().toString());
        assertTrue(!report.missingOptional().get(0).contains("contexte"), "the filled field is not listed");
        assertTrue(report.unusedEntries().contains("partenaires : cisss-test"), report.unusedEntries().toString());
        assertTrue(!report.unusedEntries().contains("partenaires : omh-test"), report.unusedEntries().toString());
        assertEquals(List.of("omh-test : « Office municipal d'habitaton de Test » ressemble à « Office municipal d'habitation de Test »"),
                report.suspiciousAliases(), "a punctuation variant (OMH-de-test) is no typo");
        assertEquals(List.of("ancienne"), report.withoutOutcomes());
        assertEquals(List.of("source-test"), report.sourcesWithoutAddress());
    }

    @Test
    void theCommandPrintsEachSectionWithItsCount() {
        TestSite site = site();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"rapport", "--project", site.root().toString(), "--mois", "24"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err::toString);
        String text = out.toString();
        assertTrue(text.startsWith("Fiches non revérifiées depuis plus de 24 mois (1)\n  - ancienne (2020-03-01)\n"), text);
        assertTrue(text.contains("Fiches sans retombées (1)\n  - ancienne\n"), text);
        assertTrue(text.contains("Sources sans adresse publique (1)\n  - source-test\n"), text);
    }
}
