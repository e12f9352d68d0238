package ca.pratiqueshlm.contribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.HousingType;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.pipeline.SiteBuilder.BuildReport;
import ca.pratiqueshlm.testing.HeadlessChromium;
import ca.pratiqueshlm.testing.TestSite;
import ca.pratiqueshlm.validation.ContentLoader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** Drives the proposal form of the real site in headless Chromium, and checks its file with the validator. */
class ProposalFormBrowserTest {
    @TempDir
    static Path folder;
    private static TestSite site;
    private static ChromeDriver browser;

    @BeforeAll
    static void buildRealSiteAndStartBrowser() throws Exception {
        browser = HeadlessChromium.start(folder.resolve("chrome-profile"));
        site = TestSite.copyOfRepository(folder.resolve("project"));
        BuildReport report = site.build();
        assertTrue(report.ok(), () -> "the real content builds: " + report.problems());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void openForm() {
        browser.get(site.output().resolve("proposer.html").toUri().toString());
    }

    @Test
    void fileWrittenByTheFormPassesTheValidator() throws Exception {
        String title = "Cuisine collective : « Les Marmitons » #2";
        type("titre", title);
        assertEquals("cuisine-collective-les-marmitons-2", field("fichier").getAttribute("value"),
                "the file name follows the title");
        type("resume", "Des locataires cuisinent ensemble une fois par semaine, pour briser l'isolement.");
        select("categorie", "vivre-ensemble");
        select("region", "12");
        type("municipalite", "Lévis");
        click("type-hlm");
        click("type-obnl");
        type("debut", "2015");
        type("fin", "2018");
        select("statut", "termine");
        click("population-familles");
        click("population-aines");
        type("objectifs", "- Briser l'isolement\n\nPartager des repas: ensemble\n");
        type("activites", "Cuisine hebdomadaire\n\"Repas\" communautaires\ntrue");
        select("partenaire-1", "omhq");
        type("role-1", "Porteur: soutien \\ accueil");
        browser.findElement(By.cssSelector("#partenaires .add-row")).click();
        select("partenaire-2", "shq");
        select("source-1", "leblanc-vachon-2014");
        type("repere-1", "diapositive 3");
        type("texte", "Les locataires cuisinent ensemble.\n\nUn deuxième paragraphe, avec « guillemets ».");
        click("preparer");

        assertTrue(field("resultat").isDisplayed(), "the result appears");
        String text = field("resultat-texte").getAttribute("value");
        String path = field("resultat-nom").getText();
        assertEquals("content/fiches/cuisine-collective-les-marmitons-2.md", path);
        assertTrue(text.startsWith("---\n# yaml-language-server: $schema=../../schema/fiche.schema.json\n"), text);

        String href = field("ouvrir-github").getAttribute("href");
        String newFile = "https://github.com/pratiques-hlm/pratiques-hlm/new/main?filename=";
        assertTrue(href.startsWith(newFile), href);
        String query = href.substring(href.indexOf('?') + 1);
        assertEquals("filename=" + path + "&value=" + text, URLDecoder.decode(query, StandardCharsets.UTF_8),
                "GitHub gets the file name and the whole text");

        site.write(path.substring("content/".length()), text);
        Result<Site> result = new ContentLoader(site.layout()).load();
        assertEquals(List.of(), result.problems(), text);
        Fiche fiche = result.get().fiches().stream()
                .filter(f -> f.slug().equals("cuisine-collective-les-marmitons-2")).findFirst().orElseThrow();
        assertEquals(title, fiche.title());
        assertEquals("12", fiche.place().region());
        assertEquals(List.of(HousingType.HLM, HousingType.OBNL), fiche.housingTypes());
        assertEquals(2018, fiche.period().end());
        assertEquals(ca.pratiqueshlm.model.Status.ENDED, fiche.status().value());
        assertEquals(2014, fiche.status().year(), "dated by the year of the first source");
        assertEquals("leblanc-vachon-2014", fiche.status().source());
        assertEquals(List.of("aines", "familles"), fiche.populations(), "in the order of the form (by name)");
        assertEquals(List.of("Briser l'isolement", "Partager des repas: ensemble"), fiche.objectives());
        assertEquals(List.of("Cuisine hebdomadaire", "\"Repas\" communautaires", "true"), fiche.activities());
        assertEquals("Porteur: soutien \\ accueil", fiche.partners().get(0).role());
        assertEquals("shq", fiche.partners().get(1).id());
        assertEquals("diapositive 3", fiche.sources().get(0).locator());
        assertTrue(fiche.body().contains("Un deuxième paragraphe, avec « guillemets »."));
        Files.delete(site.root().resolve(path));
    }

    @Test
    void emptyFormListsEveryMissingFieldAndMarksEachOne() {
        click("preparer");

        WebElement summary = field("erreurs");
        assertTrue(summary.isDisplayed());
        assertEquals("erreurs", browser.switchTo().activeElement().getAttribute("id"), "focus moves to the summary");
        List<String> messages = summary.findElements(By.cssSelector("li a")).stream().map(WebElement::getText).toList();
        assertEquals(13, messages.size(), messages.toString());
        assertTrue(messages.contains("Indiquez le titre de la pratique."), messages.toString());
        assertTrue(messages.contains("Choisissez au moins une source."), messages.toString());
        assertEquals("true", field("titre").getAttribute("aria-invalid"));
        assertEquals("titre-aide titre-erreur", field("titre").getAttribute("aria-describedby"));
        assertEquals("Indiquez le titre de la pratique.", field("titre-erreur").getText());
        assertFalse(field("resultat").isDisplayed(), "no file while fields are missing");

        summary.findElement(By.linkText("Cochez au moins un type d'habitation.")).click();
        assertEquals("type-hlm", browser.switchTo().activeElement().getAttribute("id"), "the link leads to the field");

        type("titre", "Un titre");
        click("preparer");
        assertEquals(11, field("erreurs").findElements(By.cssSelector("li")).size(), "title and file name fixed");
        assertEquals(null, field("titre").getAttribute("aria-invalid"), "a fixed field is no longer marked");
        assertEquals("titre-aide", field("titre").getAttribute("aria-describedby"));
    }

    @Test
    void yearsAndLocatorsAreChecked() {
        type("debut", "15");
        type("fin", "1990");
        select("source-1", "erhlm-2014");
        click("preparer");
        List<String> messages = field("erreurs").findElements(By.cssSelector("li a")).stream()
                .map(WebElement::getText).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("L'année de début doit être une année en quatre chiffres")),
                messages.toString());
        assertTrue(messages.contains("Indiquez le repère de la source 1 : diapositives, sections, tableaux ou pages."),
                messages.toString());
        assertFalse(messages.contains("Choisissez au moins une source."), messages.toString());
    }

    @Test
    void aFileNameAlreadyTakenIsRefused() {
        type("titre", "Place de la Rive");
        click("preparer");
        assertTrue(field("fichier-erreur").getText().startsWith("Une fiche porte déjà le nom « place-de-la-rive »"),
                field("fichier-erreur").getText());
        type("fichier", "place-de-la-rive-2");
        click("preparer");
        assertTrue(browser.findElements(By.id("fichier-erreur")).isEmpty(), "a new name is accepted");
    }

    @Test
    void aFileNameEndingInMdIsTakenWithoutItsExtension() {
        type("titre", "Jardin de test");
        type("fichier", "jardin-de-dosquet.md");
        click("preparer");
        assertTrue(browser.findElements(By.id("fichier-erreur")).isEmpty(), "CONTRIBUTING names files with .md");
    }

    @Test
    void aPeriodTypedAsTheStartYearSaysToUseTheEndYear() {
        type("debut", "2024-2025");
        click("preparer");
        assertEquals("L'année de début doit être une seule année, pas « 2024-2025 » : pour une période, écrivez 2024"
                + " dans « Année de début » et 2025 dans « Année de fin ».", field("debut-erreur").getText());
    }

    @Test
    void aNewPartnerAnOutcomeAndTheEmailMakeAFicheTheValidatorAccepts() throws Exception {
        type("titre", "Atelier de réparation de vélos");
        type("resume", "Des jeunes locataires réparent des vélos avec un mécanicien bénévole.");
        select("categorie", "reinsertion-sociale");
        select("region", "12");
        click("type-hlm");
        type("debut", "2019");
        select("statut", "inconnu");
        click("population-jeunes");
        type("objectifs", "non précisé par la source");
        type("activites", "Réparation de vélos");
        type("np-nom", "Atelier vélo de Lévis");
        type("np-sigle", "AVL");
        select("np-secteur", "communautaire");
        type("np-role", "Anime l'atelier");
        select("retombee-1", "sentiment-appartenance");
        type("enonce-1", "Les jeunes se sentent chez eux");
        type("contexte", "Un local vide au sous-sol.");
        select("source-1", "leblanc-vachon-2014");
        type("repere-1", "diapositive 3");
        type("texte", "Les jeunes réparent des vélos.");
        click("preparer");

        String fiche = field("resultat-texte").getAttribute("value");
        String entry = field("resultat-registre-texte").getAttribute("value");
        assertEquals("- id: avl\n  nom: Atelier vélo de Lévis\n  sigle: AVL\n  secteur: communautaire\n  alias: []\n", entry);
        String mail = URLDecoder.decode(field("envoyer-courriel").getAttribute("href").replace("+", "%2B"), StandardCharsets.UTF_8);
        assertTrue(mail.startsWith("mailto:redaction@pratiques-hlm.org?subject=Proposition de fiche : content/fiches/"
                + "atelier-de-reparation-de-velos.md&body=Bonjour,"), mail);
        assertTrue(mail.endsWith(fiche + "\nEntrée à ajouter à content/data/partenaires.yaml :\n\n" + entry), mail);

        Path registry = site.root().resolve("content/data/partenaires.yaml");
        String before = Files.readString(registry);
        Files.writeString(registry, before + entry);
        site.write("fiches/atelier-de-reparation-de-velos.md", fiche);
        try {
            Result<Site> result = new ContentLoader(site.layout()).load();
            assertEquals(List.of(), result.problems(), fiche);
            Fiche loaded = result.get().fiches().stream()
                    .filter(f -> f.slug().equals("atelier-de-reparation-de-velos")).findFirst().orElseThrow();
            assertEquals("avl", loaded.partners().get(0).id());
            assertEquals("Anime l'atelier", loaded.partners().get(0).role());
            assertEquals("sentiment-appartenance", loaded.outcomes().get(0).id());
            assertEquals("Un local vide au sous-sol.", loaded.context());
            assertEquals(List.of(Fiche.NOT_STATED), loaded.objectives());
        } finally {
            Files.writeString(registry, before);
            Files.delete(site.root().resolve("content/fiches/atelier-de-reparation-de-velos.md"));
        }
    }

    private static WebElement field(String id) {
        return browser.findElement(By.id(id));
    }

    private static void type(String id, String text) {
        WebElement element = field(id);
        element.clear();
        element.sendKeys(text);
    }

    private static void select(String id, String value) {
        new Select(field(id)).selectByValue(value);
    }

    private static void click(String id) {
        field(id).click();
    }
}
