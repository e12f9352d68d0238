package ca.pratiqueshlm.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.HousingType;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.testing.Fixtures;
import ca.pratiqueshlm.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FicheValidationTest {
    @TempDir
    Path folder;

    private List<String> problems(String slug, String text) {
        TestSite site = TestSite.create(folder.resolve(slug)).write("fiches/" + slug + ".md", text);
        Result<Site> result = new ContentLoader(site.layout()).load();
        assertFalse(result.isSuccess(), "the fiche should be refused");
        return result.problems().stream().map(Diagnostic::format).toList();
    }

    @Test
    void bindsAValidFicheWithEveryField() {
        TestSite site = TestSite.create(folder).fiche("jardin", "");
        Result<Site> result = new ContentLoader(site.layout()).load();
        assertTrue(result.isSuccess(), () -> result.problems().toString());
        Fiche fiche = result.get().fiches().get(0);
        assertEquals("jardin", fiche.slug());
        assertEquals("Jardin collectif de test", fiche.title());
        assertEquals("12", fiche.place().region());
        assertEquals(List.of(HousingType.HLM), fiche.housingTypes());
        assertEquals(2013, fiche.period().start());
        assertEquals("omh-test", fiche.partners().get(0).id());
        assertTrue(fiche.body().contains("cultivent un jardin"));
    }

    @Test
    void unknownCategoryIsReportedAtItsValueWithTheClosestId() {
        String text = Fixtures.fiche("").replace("categorie: vivre-ensemble", "categorie: vivre-ensembl");
        assertEquals(List.of("content/fiches/x.md:4:12: catégorie inconnue « vivre-ensembl » — vouliez-vous dire « vivre-ensemble » ?"),
                problems("x", text));
    }

    @Test
    void missingTitleIsReportedWithTheLineToAdd() {
        String text = Fixtures.fiche("").replace("titre: Jardin collectif de test\n", "");
        List<String> problems = problems("x", text);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/fiches/x.md:2:1: champ obligatoire « titre » manquant — ajoutez la ligne « titre: … »"),
                problems.get(0));
    }

    @Test
    void unknownPartnerSuggestsTheRegistryFile() {
        String text = Fixtures.fiche("").replace("id: omh-test", "id: omh-tset");
        assertEquals(List.of("content/fiches/x.md:18:9: partenaire inconnu « omh-tset » — vouliez-vous dire « omh-test » (Office municipal d'habitation de Test) ?"),
                problems("x", text));
        String far = Fixtures.fiche("").replace("id: omh-test", "id: zzzzzzzzzzzz");
        assertTrue(problems("y", far).get(0).endsWith(
                "partenaire inconnu « zzzzzzzzzzzz » — ajoutez-le d'abord dans content/data/partenaires.yaml, ou choisissez un identifiant qui s'y trouve"));
    }

    @Test
    void objectivesAndActivitiesTheSourceDoesNotStateAreSaidSo() {
        String text = Fixtures.fiche("").replace("objectifs:\n  - Créer un lieu de rencontre", "objectifs: non précisé par la source")
                .replace("activites:\n  - Jardinage en groupe", "activites: Non précisé par la source");
        TestSite site = TestSite.create(folder).write("fiches/jardin.md", text);
        Result<Site> result = new ContentLoader(site.layout()).load();
        assertTrue(result.isSuccess(), () -> result.problems().toString());
        assertEquals(List.of("non précisé par la source"), result.get().fiches().get(0).objectives());
        assertEquals(List.of("non précisé par la source"), result.get().fiches().get(0).activities());
    }

    @Test
    void yamlSyntaxErrorIsReportedAtItsLineInTheFile() {
        String text = Fixtures.fiche("").replace("resume: Un jardin", "resume: \"Un jardin");
        List<String> problems = problems("x", text);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/fiches/x.md:"), problems.get(0));
        assertTrue(problems.get(0).contains("syntaxe YAML invalide"), problems.get(0));
    }

    @Test
    void tabIndentationGetsAFrenchHint() {
        String text = Fixtures.fiche("").replace("  municipalite: Lévis", "\tmunicipalite: Lévis");
        String problem = problems("x", text).get(0);
        assertTrue(problem.startsWith("content/fiches/x.md:6:"), problem);
        assertTrue(problem.contains("tabulation"), problem);
    }

    @Test
    void wrongTypesAndImplausibleYearsAreAllReportedInOneRun() {
        String text = Fixtures.fiche("").replace("debut: 2013", "debut: deux mille treize")
                .replace("types_habitation: [hlm]", "types_habitation: [hml]")
                .replace("mise_a_jour: 2026-11-25", "mise_a_jour: 25 novembre");
        List<String> problems = problems("x", text);
        assertEquals(List.of(
                "content/fiches/x.md:8:20: valeur « hml » non permise pour « types_habitation[1] » — vouliez-vous dire « hlm » ?",
                "content/fiches/x.md:10:10: « periode.debut » doit être un nombre entier, pas « deux mille treize » — écrivez l'année en chiffres, par exemple 2014, ou « inconnu » si la source ne la donne pas",
                "content/fiches/x.md:26:14: « mise_a_jour » doit être une date AAAA-MM-JJ, pas « 25 novembre » — par exemple 2026-11-25"),
                problems);
        String ancient = Fixtures.fiche("").replace("debut: 2013", "debut: 1850");
        assertTrue(problems("y", ancient).get(0).contains("année invraisemblable : 1850"));
    }

    @Test
    void endBeforeStartIsRefused() {
        String text = Fixtures.fiche("").replace("debut: 2013", "debut: 2013\n  fin: 2010");
        assertEquals(List.of("content/fiches/x.md:11:8: l'année de fin (2010) précède l'année de début (2013) — vérifiez les deux années dans la source"),
                problems("x", text));
    }

    @Test
    void unknownFieldSuggestsTheIntendedKey() {
        String text = Fixtures.fiche("objectif: [x]\n");
        assertEquals(List.of("content/fiches/x.md:27:1: champ inconnu « objectif » — vouliez-vous dire « objectifs » ?"),
                problems("x", text));
    }

    @Test
    void emptyBodyAndBadFileNameAreRefused() {
        String text = Fixtures.fiche("").replace("Les locataires cultivent un jardin ensemble.\n", "\n");
        assertEquals(List.of("content/fiches/x.md:28:1: le texte de la fiche est vide — après la ligne « --- », décrivez la pratique en un ou plusieurs paragraphes"),
                problems("x", text));
        List<String> badName = problems("Jardin été", Fixtures.fiche(""));
        assertEquals(List.of("content/fiches/Jardin été.md:1:1: nom de fichier « Jardin été.md » invalide — renommez-le « jardin-ete.md » (minuscules sans accent, chiffres, traits d'union)"),
                badName);
    }

    @Test
    void aliasesAndDuplicateKeysAreRefused() {
        String alias = Fixtures.fiche("").replace("objectifs:\n  - Créer un lieu de rencontre", "objectifs: &o\n  - Créer un lieu de rencontre")
                .replace("activites:\n  - Jardinage en groupe", "activites: *o");
        assertTrue(problems("x", alias).get(0).contains("les alias YAML (« *o ») ne sont pas permis"));
        String duplicate = Fixtures.fiche("titre: Autre titre\n");
        assertEquals(List.of("content/fiches/y.md:27:1: champ « titre » en double — il est déjà défini à la ligne 2 ; gardez-en un seul"),
                problems("y", duplicate));
    }

    @Test
    void windowsLineEndsAndByteOrderMarkAreAccepted() {
        String text = "\uFEFF" + Fixtures.fiche("").replace("\n", "\r\n");
        TestSite site = TestSite.create(folder).write("fiches/windows.md", text);
        Result<Site> result = new ContentLoader(site.layout()).load();
        assertTrue(result.isSuccess(), () -> result.problems().toString());
    }
}
