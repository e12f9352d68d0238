package ca.pratiqueshlm.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.model.Assumption;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.HousingType;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.model.Status;
import ca.pratiqueshlm.testing.Fixtures;
import ca.pratiqueshlm.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A status says when and by whom it was stated; unknown and estimated values are data, not guesses. */
class DatedStatusValidationTest {
    private static final String STATUS_LINE = "statut: {valeur: actif, annee: 2014, source: source-test}";
    /** A second document, so a status can cite a source that exists but that the fiche does not list. */
    private static final String SOURCES = """
            - id: source-test
              auteurs: Équipe de test
              titre: Document de test
              type: rapport
              annee: 2014
            - id: autre-source
              auteurs: Autre équipe
              titre: Autre document
              type: rapport
              annee: 2016
            """;

    @TempDir
    Path folder;

    private Result<Site> load(String text) {
        TestSite site = TestSite.create(folder).write("data/sources.yaml", SOURCES).write("fiches/x.md", text);
        return new ContentLoader(site.layout()).load();
    }

    private List<String> problems(String text) {
        Result<Site> result = load(text);
        assertFalse(result.isSuccess(), "the fiche should be refused");
        return result.problems().stream().map(Diagnostic::format).toList();
    }

    private Fiche fiche(String text) {
        Result<Site> result = load(text);
        assertTrue(result.isSuccess(), () -> result.problems().toString());
        return result.get().fiches().get(0);
    }

    @Test
    void aDatedStatusKeepsItsYearAndSource() {
        Fiche fiche = fiche(Fixtures.fiche(""));
        assertEquals(Status.ACTIVE, fiche.status().value());
        assertEquals(2014, fiche.status().year());
        assertEquals("source-test", fiche.status().source());
    }

    @Test
    void aStatusCitingASourceTheFicheDoesNotListIsRefusedAtThatSource() {
        String text = Fixtures.fiche("").replace(STATUS_LINE,
                "statut:\n  valeur: actif\n  annee: 2016\n  source: autre-source");
        assertEquals(List.of("content/fiches/x.md:14:11: la source du statut « autre-source » n'est pas une des "
                        + "sources de la fiche — choisissez parmi : source-test, ou ajoutez-la à « sources »"),
                problems(text));
    }

    @Test
    void anOngoingStatusWithoutYearOrSourceIsRefused() {
        String text = Fixtures.fiche("").replace(STATUS_LINE, "statut: {valeur: actif}");
        assertEquals(List.of(
                "content/fiches/x.md:11:18: le statut « actif » doit citer sa source : « source » manque — ajoutez "
                        + "« source: » avec l'identifiant de la source qui le dit, l'une des sources de la fiche",
                "content/fiches/x.md:11:18: le statut « actif » doit être daté : « annee » manque — ajoutez « annee: » "
                        + "avec l'année du document qui le dit, par exemple « annee: 2014 »"),
                problems(text));
    }

    @Test
    void theOldUndatedFormIsRefused() {
        List<String> problems = problems(Fixtures.fiche("").replace(STATUS_LINE, "statut: actif"));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/fiches/x.md:11:9: « statut » doit être un ensemble de champs"),
                problems.get(0));
    }

    @Test
    void unknownIsAValueForYearsPlaceAndHousingType() {
        Fiche fiche = fiche(Fixtures.fiche("").replace(STATUS_LINE, "statut: {valeur: inconnu}")
                .replace("debut: 2013", "debut: inconnu\n  fin: inconnu")
                .replace("municipalite: Lévis", "municipalite: inconnu")
                .replace("types_habitation: [hlm]", "types_habitation: [inconnu]"));
        assertNull(fiche.period().start());
        assertNull(fiche.period().end());
        assertEquals(List.of(HousingType.UNKNOWN), fiche.housingTypes());
        assertEquals(Status.UNKNOWN, fiche.status().value());
    }

    @Test
    void unknownHousingTypeStandsAlone() {
        assertEquals(List.of("content/fiches/x.md:8:19: « inconnu » ne se combine pas avec d'autres types d'habitation "
                        + "— écrivez [inconnu] seul, ou gardez les types et ajoutez « types_habitation » à « suppose » "
                        + "s'ils sont estimés"),
                problems(Fixtures.fiche("").replace("types_habitation: [hlm]", "types_habitation: [hlm, inconnu]")));
    }

    @Test
    void estimatedValuesAreNamedAndMustExist() {
        Fiche fiche = fiche(Fixtures.fiche("suppose: [periode.debut, types_habitation]\n"));
        assertTrue(fiche.isEstimated(Assumption.START));
        assertTrue(fiche.isEstimated(Assumption.HOUSING_TYPES));
        assertFalse(fiche.isEstimated(Assumption.MRC));

        List<String> problems = problems(Fixtures.fiche("suppose: [lieu.mrc]\n"));
        assertEquals(List.of("content/fiches/x.md:27:10: « lieu.mrc » est marqué estimé, mais la fiche ne lui donne pas "
                + "de valeur — retirez-le de « suppose », ou donnez la valeur estimée"), problems);
        List<String> typo = problems(Fixtures.fiche("suppose: [periode.debu]\n"));
        assertEquals(1, typo.size(), typo::toString);
        assertTrue(typo.get(0).contains("vouliez-vous dire « periode.debut » ?"), typo.get(0));
    }
}
