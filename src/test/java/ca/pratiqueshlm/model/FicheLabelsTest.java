package ca.pratiqueshlm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.testing.Fixtures;
import ca.pratiqueshlm.testing.TestSite;
import ca.pratiqueshlm.validation.ContentLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader is told: a status with its date and source, « non précisé par la source », « estimé ». */
class FicheLabelsTest {
    private static final String STATUS_LINE = "statut: {valeur: actif, annee: 2014, source: source-test}";

    @TempDir
    Path folder;

    private Site load(String text) {
        TestSite site = TestSite.create(folder).write("fiches/x.md", text);
        Result<Site> result = new ContentLoader(site.layout()).load();
        return result.get();
    }

    @Test
    void statusesSayWhenAndAccordingToWhom() {
        Site site = load(Fixtures.fiche(""));
        Registries r = site.registries();
        assertEquals("En cours en 2014 selon Équipe de test (2014)", FicheLabels.status(site.fiches().get(0).status(), r));
        assertEquals("Terminée selon Équipe de test (2014)",
                FicheLabels.status(new DatedStatus(Status.ENDED, 2014, "source-test"), r));
        assertEquals("Statut non précisé par la source", FicheLabels.status(new DatedStatus(Status.UNKNOWN, null, null), r));
    }

    @Test
    void unknownValuesAreSaidNotGuessed() {
        Fiche fiche = load(Fixtures.fiche("").replace(STATUS_LINE, "statut: {valeur: inconnu}")
                .replace("debut: 2013", "debut: inconnu")
                .replace("municipalite: Lévis", "municipalite: inconnu\n  mrc: inconnu")
                .replace("types_habitation: [hlm]", "types_habitation: [inconnu]")).fiches().get(0);
        assertEquals("période non précisée par la source", FicheLabels.period(fiche));
        assertEquals("municipalité non précisée par la source", FicheLabels.municipality(fiche));
        assertEquals("non précisée par la source", FicheLabels.mrc(fiche));
        assertEquals(List.of("Type d'habitation non précisé par la source"), FicheLabels.housingTypes(fiche));
    }

    @Test
    void estimatesAreMarkedWhereverTheyAreShown() {
        Fiche fiche = load(Fixtures.fiche("suppose: [periode.debut, types_habitation, lieu.mrc]\n")
                .replace("municipalite: Lévis", "mrc: Lévis")
                .replace("debut: 2013", "debut: 2013\n  fin: 2016")).fiches().get(0);
        assertEquals("2013 (estimé)-2016", FicheLabels.period(fiche));
        assertEquals("Lévis (estimée)", FicheLabels.mrc(fiche));
        assertEquals(List.of("HLM (habitation à loyer modique) (estimé)"), FicheLabels.housingTypes(fiche));
    }

    @Test
    void aPeriodWithoutEndIsOngoingOnlyWhenTheStatusSaysSo() {
        Fiche ongoing = load(Fixtures.fiche("")).fiches().get(0);
        assertEquals("depuis 2013", FicheLabels.period(ongoing));
        Fiche unknown = load(Fixtures.fiche("").replace(STATUS_LINE, "statut: {valeur: inconnu}")).fiches().get(0);
        assertEquals("2013, fin non précisée par la source", FicheLabels.period(unknown));
    }
}
