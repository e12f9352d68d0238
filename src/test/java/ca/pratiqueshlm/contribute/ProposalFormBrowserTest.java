package ca.pratiqueshlm.contribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.model.Assumption;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.HousingType;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.pipeline.SiteBuilder.BuildReport;
import ca.pratiqueshlm.testing.HeadlessChromium;
import ca.pratiqueshlm.testing.TestSite;
import ca.pratiqueshlm.validation.ContentLoader;
import java.math.BigDecimal;
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

/**
 * Drives the proposal form of the real site in headless Chromium: the form the script builds from the
 * model's descriptor, its file checked by the validator, and its messages compared with the validator's.
 */
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
        // The form's script makes the fields once the page has loaded; under a full test run, that has
        // taken long enough for a test to look for a field before it was there.
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#champs [data-path]")).isEmpty());
    }

    @Test
    void everyFieldOfTheModelIsFilledAndTheFilePassesTheValidator() throws Exception {
        String title = "Cuisine collective : « Les Marmitons » #2";
        fillValidFiche(title);
        click("preparer");

        assertTrue(field("resultat").isDisplayed(), () -> "the result appears; errors: " + errors());
        String text = field("resultat-texte").getAttribute("value");
        String path = field("resultat-nom").getText();
        assertEquals("content/fiches/cuisine-collective-les-marmitons-2.md", path);
        assertTrue(text.startsWith("---\n# yaml-language-server: $schema=../../schema/fiche.schema.json\ntitre: "), text);

        String href = field("ouvrir-github").getAttribute("href");
        assertTrue(href.startsWith("https://github.com/pratiques-hlm/pratiques-hlm/new/main?filename="), href);
        assertEquals("filename=" + path + "&value=" + text,
                URLDecoder.decode(href.substring(href.indexOf('?') + 1), StandardCharsets.UTF_8),
                "GitHub gets the file name and the whole text");

        site.write(path.substring("content/".length()), text);
        try {
            Result<Site> result = new ContentLoader(site.layout()).load();
            assertEquals(List.of(), result.problems(), text);
            Fiche fiche = result.get().fiches().stream()
                    .filter(f -> f.slug().equals("cuisine-collective-les-marmitons-2")).findFirst().orElseThrow();
            assertEquals(title, fiche.title());
            assertEquals(List.of("Les Marmitons"), fiche.aliases());
            assertEquals(List.of("concertation-partenariat"), fiche.secondaryCategories());
            assertEquals("12", fiche.place().region());
            assertEquals("Bellechasse", fiche.place().mrc());
            assertEquals(List.of(HousingType.HLM, HousingType.OBNL), fiche.housingTypes());
            assertEquals(null, fiche.period().start(), "« inconnu » is a year the source does not give");
            assertEquals(2018, fiche.period().end());
            assertEquals(ca.pratiqueshlm.model.Status.ENDED, fiche.status().value());
            assertEquals(2014, fiche.status().year());
            assertEquals("leblanc-vachon-2014", fiche.status().source());
            assertEquals(List.of(Assumption.END), fiche.assumptions());
            assertEquals(List.of("familles", "aines"), fiche.populations(), "in the order of the registry");
            assertEquals("130", fiche.keyFigures().get(0).value());
            assertEquals(Boolean.TRUE, fiche.keyFigures().get(0).brief());
            assertEquals(List.of("Briser l'isolement", "Partager des repas: ensemble"), fiche.objectives());
            assertEquals(List.of(Fiche.NOT_STATED), fiche.activities());
            assertEquals("Le quartier compte peu de services.\nUne deuxième ligne.", fiche.context());
            assertEquals("shq", fiche.partners().get(0).id(), "the acronym typed resolves to the registry id");
            assertEquals("Porteur: soutien \\ accueil", fiche.partners().get(0).role());
            assertEquals("omhq", fiche.partners().get(1).id(), "an alias typed resolves to the registry id");
            assertEquals("bris-isolement", fiche.outcomes().get(0).id());
            assertEquals("+12 participants", fiche.outcomes().get(0).indicator());
            assertEquals(new BigDecimal("4500"), fiche.funding().get(0).amount());
            assertEquals("shq", fiche.funding().get(0).funder());
            assertEquals(List.of("Un local prêté"), fiche.facilitatingFactors());
            assertEquals(List.of("true"), fiche.obstacles(), "a YAML keyword stays text");
            assertEquals("La soupe populaire", fiche.similarInitiatives().get(0).name());
            assertEquals("diapositive 3", fiche.sources().get(0).locator());
            assertEquals(List.of("cuisine-des-marmitons"), fiche.formerSlugs());
            assertEquals("Équipe éditoriale", fiche.checkedBy());
            assertTrue(fiche.body().contains("Un deuxième paragraphe, avec « guillemets »."));
        } finally {
            Files.delete(site.root().resolve(path));
        }
    }

    @Test
    void everyFieldDeclaredInTheModelHasAControl() {
        for (WebElement add : browser.findElements(By.cssSelector(".add-row"))) {
            click(add);
        }
        assertEquals(modelPaths(Fiche.class, ""), domPaths("#champs"), "every @Field of the fiche is in the form");
        for (var entry : java.util.Map.of("partenaires", ca.pratiqueshlm.model.Partner.class, "retombees",
                ca.pratiqueshlm.model.Outcome.class, "sources", ca.pratiqueshlm.model.Source.class).entrySet()) {
            assertEquals(modelPaths(entry.getValue(), ""),
                    domPaths("fieldset[data-path='content/data/" + entry.getKey() + ".yaml'] .row"),
                    "every @Field of a new " + entry.getKey() + " entry is in the form");
        }
        for (WebElement control : browser.findElements(By.cssSelector("#proposition input, #proposition select, #proposition textarea"))) {
            assertEquals(1, browser.findElements(By.cssSelector("label[for='" + control.getAttribute("id") + "']")).size(),
                    "one label for " + control.getAttribute("id"));
        }
    }

    /** Dotted paths of every {@code @Field} of a record, nested records included, found by reflection. */
    private static java.util.SortedSet<String> modelPaths(Class<?> type, String parent) {
        java.util.SortedSet<String> paths = new java.util.TreeSet<>();
        for (var component : type.getRecordComponents()) {
            var field = component.getAnnotation(ca.pratiqueshlm.model.Field.class);
            if (field == null) {
                continue;
            }
            String path = parent.isEmpty() ? field.value() : parent + "." + field.value();
            paths.add(path);
            Class<?> value = component.getType() == List.class
                    ? (Class<?>) ((java.lang.reflect.ParameterizedType) component.getGenericType()).getActualTypeArguments()[0]
                    : component.getType();
            if (value.isRecord()) {
                paths.addAll(modelPaths(value, path));
            }
        }
        return paths;
    }

    private static java.util.SortedSet<String> domPaths(String scope) {
        java.util.SortedSet<String> paths = new java.util.TreeSet<>();
        browser.findElements(By.cssSelector(scope + " [data-path]")).forEach(e -> paths.add(e.getAttribute("data-path")));
        return paths;
    }

    @Test
    void theWholeFormWithRowsErrorsAndPreviewHasNoWcagViolation() {
        for (WebElement add : browser.findElements(By.cssSelector(".add-row"))) {
            click(add);
        }
        type(control("periode.debut", 0), "2024-2025");
        type(field("texte"), "Un paragraphe.");
        click("preparer");
        assertTrue(field("erreurs").isDisplayed());
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        List<String> violations = results.getViolations().stream().flatMap(rule -> rule.getNodes().stream()
                .map(node -> rule.getId() + ": " + rule.getHelp() + " at " + node.getTarget())).toList();
        assertTrue(results.getPasses().size() > 10, "axe ran its rules");
        assertEquals("", String.join("\n", violations));
    }

    @Test
    void theLivePreviewShowsTheFicheAsItIsTyped() {
        type(control("titre", 0), "Jardin des Marmitons");
        type(control("objectifs", 0), "Briser l'isolement");
        type(field("texte"), "Premier paragraphe.\n\n- un\n- deux");
        WebElement preview = field("apercu-fiche");
        // The preview redraws 150 ms after the last keystroke: wait for the last field typed, not the first.
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> preview.findElements(By.cssSelector(".prose ul li")).size() == 2);
        assertEquals("Jardin des Marmitons", preview.findElement(By.cssSelector("h3")).getText());
        assertTrue(preview.getText().contains("Briser l'isolement"), preview.getText());
        assertEquals(2, preview.findElements(By.cssSelector(".prose ul li")).size(), "a Markdown list shows as a list");
    }

    @Test
    void theFormMessagesAreTheValidatorsForTheSameValues() throws Exception {
        fillValidFiche("Atelier de vélos des Marmitons");
        click("preparer");
        String valid = field("resultat-texte").getAttribute("value");
        String longTitle = "Atelier ".repeat(16).strip();
        // path in the form, index of the control, value typed, the same change in the file
        List<String[]> cases = List.of(
                new String[] {"periode.fin", "0", "2024-2025", "  fin: 2018", "  fin: 2024-2025"},
                new String[] {"periode.fin", "0", "1900", "  fin: 2018", "  fin: 1900"},
                new String[] {"periode.fin", "0", "2999", "  fin: 2018", "  fin: 2999"},
                new String[] {"statut.annee", "0", "deux mille", "  annee: 2014", "  annee: deux mille"},
                new String[] {"titre", "0", longTitle, "titre: Atelier de vélos des Marmitons", "titre: " + longTitle},
                new String[] {"resume", "0", "“Des repas partagés”", "resume: ", "resume: “Des repas partagés”"},
                new String[] {"financement.montant", "0", "4 500 $", "  - montant: 4500", "  - montant: 4 500 $"},
                new String[] {"anciens_noms", "0", "Cuisine Des Marmitons", "  - cuisine-des-marmitons", "  - Cuisine Des Marmitons"});
        try {
            for (String[] c : cases) {
            WebElement control = control(c[0], Integer.parseInt(c[1]));
            String before = control.getAttribute("value");
            type(control, c[2]);
            click("preparer");
            List<String> shown = errors();
            type(control, before);

            String broken = replaceLine(valid, c[3], c[4]);
            site.write("fiches/parite.md", broken);
            List<String> expected = new ContentLoader(site.layout()).load().problems().stream()
                    .filter(d -> d.path().endsWith("parite.md")).map(ProposalFormBrowserTest::messageAndHint).toList();
            assertEquals(1, expected.size(), () -> broken + expected);
            assertEquals(expected, shown, "form and ./fiches check say the same for " + c[0] + " = " + c[2]);
            }
        } finally {
            Files.deleteIfExists(site.root().resolve("content/fiches/parite.md"));
        }
    }

    @Test
    void emptyFormListsEveryMissingFieldAndMarksEachOne() {
        click("preparer");

        WebElement summary = field("erreurs");
        assertTrue(summary.isDisplayed());
        assertEquals("erreurs", browser.switchTo().activeElement().getAttribute("id"), "focus moves to the summary");
        List<String> messages = errors();
        assertTrue(messages.contains("champ obligatoire « titre » manquant — remplissez-le (titre de la pratique)"),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("champ obligatoire « sources » manquant")),
                messages.toString());
        WebElement title = control("titre", 0);
        String id = title.getAttribute("id");
        assertEquals("true", title.getAttribute("aria-invalid"));
        assertEquals(id + "-aide " + id + "-erreur", title.getAttribute("aria-describedby"));
        assertFalse(field("resultat").isDisplayed(), "no file while fields are missing");

        String housing = browser.findElement(By.cssSelector("fieldset[data-path='types_habitation']")).getAttribute("id");
        summary.findElement(By.cssSelector("a[href='#" + housing + "']")).click();
        assertEquals(housing + "-hlm", browser.switchTo().activeElement().getAttribute("id"), "the link leads to the field");

        int before = messages.size();
        type(title, "Un titre");
        click("preparer");
        assertEquals(before - 2, errors().size(), "title fixed, and the file name follows it");
        assertEquals(null, title.getAttribute("aria-invalid"), "a fixed field is no longer marked");
        assertEquals(id + "-aide", title.getAttribute("aria-describedby"));
    }

    @Test
    void anUnknownPartnerIsNamedAndAnAliasIsResolved() {
        click(browser.findElement(By.cssSelector("fieldset[data-path='partenaires'] > .add-row")));
        WebElement partner = control("partenaires.id", 0);
        type(partner, "OMH de Montréal");
        assertEquals("omhm", partner.getAttribute("value"));
        WebElement picked = field(partner.getAttribute("id") + "-choix");
        assertEquals("« OMH de Montréal » : Office municipal d'habitation de Montréal (omhm)", picked.getText());
        type(partner, "Jardins du voisin");
        click("preparer");
        assertTrue(errors().contains("partenaire inconnu « Jardins du voisin » — choisissez dans la liste (nom, sigle ou"
                + " identifiant), ou proposez un nouveau partenaire plus bas"), errors().toString());
    }

    @Test
    void aFileNameAlreadyTakenIsRefusedAndMdIsNotAName() {
        type(control("titre", 0), "Place de la Rive");
        click("preparer");
        assertTrue(field("fichier-erreur").getText().startsWith("Une fiche porte déjà le nom « place-de-la-rive »"),
                field("fichier-erreur").getText());
        type(field("fichier"), "place-de-la-rive.md");
        click("preparer");
        assertTrue(field("fichier-erreur").getText().startsWith("Une fiche porte déjà le nom « place-de-la-rive »"),
                "CONTRIBUTING names files with .md: the name is taken without it");
        type(field("fichier"), "place-de-la-rive-2");
        click("preparer");
        assertTrue(browser.findElements(By.id("fichier-erreur")).isEmpty(), "a new name is accepted");
    }

    @Test
    void newRegistryEntriesAreWrittenAndTheEmailCarriesThem() throws Exception {
        fillValidFiche("Atelier de réparation de vélos");
        click(browser.findElement(By.cssSelector("fieldset[data-path='content/data/partenaires.yaml'] > .add-row")));
        WebElement entries = browser.findElement(By.cssSelector("fieldset[data-path='content/data/partenaires.yaml']"));
        type(entries.findElement(By.cssSelector("input[data-path='id']")), "avl");
        type(entries.findElement(By.cssSelector("input[data-path='nom']")), "Atelier vélo de Lévis");
        type(entries.findElement(By.cssSelector("input[data-path='sigle']")), "AVL");
        new Select(entries.findElement(By.cssSelector("select[data-path='secteur']"))).selectByValue("communautaire");
        WebElement third = addRow("partenaires");
        type(control("partenaires.id", 2), "avl");
        assertTrue(third.isDisplayed());
        click("preparer");

        String fiche = field("resultat-texte").getAttribute("value");
        String entry = field("resultat-registre-1").getAttribute("value");
        assertEquals("- id: avl\n  nom: Atelier vélo de Lévis\n  sigle: AVL\n  secteur: communautaire\n", entry);
        String mail = URLDecoder.decode(field("envoyer-courriel").getAttribute("href").replace("+", "%2B"), StandardCharsets.UTF_8);
        assertTrue(mail.startsWith("mailto:redaction@pratiques-hlm.org?subject=Proposition de fiche : content/fiches/"
                + "atelier-de-reparation-de-velos.md&body=Bonjour,"), mail);
        assertTrue(mail.endsWith(fiche + "\nEntrées à ajouter à content/data/partenaires.yaml :\n\n" + entry), mail);

        Path registry = site.root().resolve("content/data/partenaires.yaml");
        String before = Files.readString(registry);
        Files.writeString(registry, before + entry);
        site.write("fiches/atelier-de-reparation-de-velos.md", fiche);
        try {
            Result<Site> result = new ContentLoader(site.layout()).load();
            assertEquals(List.of(), result.problems(), fiche);
            Fiche loaded = result.get().fiches().stream()
                    .filter(f -> f.slug().equals("atelier-de-reparation-de-velos")).findFirst().orElseThrow();
            assertEquals("avl", loaded.partners().get(2).id());
        } finally {
            Files.writeString(registry, before);
            Files.delete(site.root().resolve("content/fiches/atelier-de-reparation-de-velos.md"));
        }
    }

    /** Every field of every part of the form, nested ones included, with tricky text. */
    private static void fillValidFiche(String title) {
        type(control("titre", 0), title);
        type(control("resume", 0), "Des locataires cuisinent ensemble une fois par semaine, pour briser l'isolement.");
        type(control("alias", 0), "Les Marmitons");
        select("categorie", "vivre-ensemble");
        check("categories_secondaires", "concertation-partenariat");
        select("lieu.region", "12");
        type(control("lieu.municipalite", 0), "Saint-Lazare");
        type(control("lieu.mrc", 0), "Bellechasse");
        type(control("lieu.ensemble", 0), "Les Habitations du Parc");
        check("types_habitation", "hlm");
        check("types_habitation", "obnl");
        type(control("periode.debut", 0), "inconnu");
        type(control("periode.fin", 0), "2018");
        select("statut.valeur", "termine");
        type(control("statut.annee", 0), "2014");
        type(control("statut.source", 0), "leblanc-vachon-2014");
        check("suppose", "periode.fin");
        check("populations", "familles");
        check("populations", "aines");
        addRow("chiffres_cles");
        type(control("chiffres_cles.valeur", 0), "130");
        type(control("chiffres_cles.libelle", 0), "repas servis");
        type(control("chiffres_cles.source", 0), "leblanc-vachon-2014");
        type(control("chiffres_cles.repere", 0), "diapositive 22");
        click(control("chiffres_cles.en_bref", 0));
        type(control("objectifs", 0), "- Briser l'isolement\n\nPartager des repas: ensemble\n");
        type(control("activites", 0), "non précisé par la source");
        type(control("contexte", 0), "Le quartier compte peu de services.\nUne deuxième ligne.");
        addRow("partenaires");
        type(control("partenaires.id", 0), "SHQ");
        type(control("partenaires.role", 0), "Porteur: soutien \\ accueil");
        addRow("partenaires");
        type(control("partenaires.id", 1), "OMH de Québec");
        addRow("retombees");
        type(control("retombees.id", 0), "bris-isolement");
        type(control("retombees.enonce", 0), "Les participants sortent de chez eux");
        type(control("retombees.indicateur", 0), "+12 participants");
        addRow("financement");
        type(control("financement.montant", 0), "4500");
        new Select(control("financement.nature", 0)).selectByValue("soutien");
        type(control("financement.bailleur", 0), "shq");
        type(control("financement.source", 0), "leblanc-vachon-2014");
        type(control("financement.repere", 0), "diapositive 22");
        type(control("facteurs_facilitants", 0), "Un local prêté");
        type(control("obstacles", 0), "true");
        addRow("initiatives_similaires");
        type(control("initiatives_similaires.nom", 0), "La soupe populaire");
        type(control("sources.id", 0), "leblanc-vachon-2014");
        type(control("sources.repere", 0), "diapositive 3");
        type(control("anciens_noms", 0), "cuisine-des-marmitons");
        type(control("verifie_par", 0), "Équipe éditoriale");
        type(field("texte"), "Les locataires cuisinent ensemble.\n\nUn deuxième paragraphe, avec « guillemets ».");
    }

    private static String replaceLine(String text, String prefix, String replacement) {
        List<String> lines = text.lines().toList();
        String line = lines.stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line « " + prefix + " » in\n" + text));
        return text.replace(line + "\n", replacement + "\n");
    }

    private static String messageAndHint(Diagnostic d) {
        return d.message() + d.hint().map(h -> " — " + h).orElse("");
    }

    private static List<String> errors() {
        return browser.findElements(By.cssSelector("#erreurs-liste li a")).stream().map(WebElement::getText).toList();
    }

    private static WebElement control(String path, int index) {
        return browser.findElements(By.cssSelector("#champs input[data-path='" + path + "'], #champs select[data-path='"
                + path + "'], #champs textarea[data-path='" + path + "']")).get(index);
    }

    private static WebElement addRow(String path) {
        WebElement set = browser.findElement(By.cssSelector("#champs fieldset[data-path='" + path + "']"));
        set.findElement(By.cssSelector(":scope > .add-row")).click();
        List<WebElement> rows = set.findElements(By.cssSelector(":scope > .row"));
        return rows.get(rows.size() - 1);
    }

    private static WebElement field(String id) {
        return browser.findElement(By.id(id));
    }

    private static void type(WebElement element, String text) {
        element.clear();
        element.sendKeys(text);
        if (element.getAttribute("list") != null) {
            // Leave the picker as a user does: its suggestions close and the typed name resolves.
            element.sendKeys(org.openqa.selenium.Keys.TAB);
        }
    }

    private static void select(String path, String value) {
        new Select(control(path, 0)).selectByValue(value);
    }

    private static void check(String path, String value) {
        click(browser.findElement(By.cssSelector("#champs input[data-path='" + path + "'][value='" + value + "']")));
    }

    private static void click(String id) {
        click(field(id));
    }

    private static void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        element.click();
    }
}
