package ca.pratiqueshlm.index.search;

import ca.pratiqueshlm.testing.HeadlessChromium;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.testing.TestSite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Queries a reader could type, written from the real fiches, each with the fiche that must come in the
 * top three. Ranked by the page's own engine in Chromium, on the real index.
 */
class SearchRelevanceTest {
    @TempDir
    static Path folder;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        if (!HeadlessChromium.available()) {
            return; // each test says why it is skipped
        }
        TestSite site = BuiltSite.build(folder.resolve("project"));
        browser = HeadlessChromium.start(folder.resolve("profile"));
        browser.get(BuiltSite.url(site, "recherche.html"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.id("etat-recherche")).getText().isEmpty());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void browserPresent() {
        HeadlessChromium.require();
    }

    @ParameterizedTest(name = "« {0} » → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            jardin                            | jardin-collectif-dosquet
            jardins                           | jardin-collectif-montmagny
            reinsertion                       | multiboulot
            police                            | place-de-la-rive
            policiers                         | place-de-la-rive
            aînés transport                   | transport-collectif-aines-etchemins
            couponage                         | groupes-couponnage-levis
            SHQ                               | colloques-regionaux-2007-2008
            OMHM                              | consultation-locataires-omhm
            Maissonnette                      | maisonnette-berthelet
            Trois-Rivieres                    | multiboulot
            Trois-Rivieres                    | agir-ensemble
            l'office de Montmagny             | jardin-collectif-montmagny
            l'office longueuil                | forum-si-on-faisait-connaissance
            consultation des locataires       | consultation-locataires-omhm
            participer conférences            | conferences-deuil-prejuges-participation
            participation citoyenne           | conferences-deuil-prejuges-participation
            tonte de gazon                    | multiboulot
            deuil                             | conferences-deuil-prejuges-participation
            Petite Bourgogne                  | coalition-petite-bourgogne
            travailleuse de proximité         | travail-de-proximite-chaudiere-appalaches
            Club Parentaide                   | liaison-club-parentaide
            Thetford Mines école              | carre-famille-st-maurice
            entente 2008                      | entente-soutien-communautaire-2008-2012
            réseau régional de locataires     | projet-clic
            équipes locales élargies          | equipes-locales-elargies
            voisins entraide Lévis            | entre-voisins-pourquoi-pas-des-liens
            Triangle Berthelet                | maisonnette-berthelet
            colloques                         | colloques-regionaux-2007-2008
            SPVQ                              | place-de-la-rive
            coopérative de solidarité jeunes  | agir-ensemble
            Etchemins parents                 | familles-en-action-etchemins
            jardin intergénérationnel         | jardin-collectif-dosquet
            forum 2011                        | forum-si-on-faisait-connaissance
            Multi-Boulot                      | multiboulot
            comité consultatif des résidents  | consultation-locataires-omhm
            couponnage à Lévis                | groupes-couponnage-levis
            sentiment de sécurité             | place-de-la-rive
            maison des jeunes                 | familles-en-action-etchemins
            Saint-Joseph                      | liaison-club-parentaide
            décrochage scolaire               | agir-ensemble
            femmes monoparentales             | groupes-couponnage-levis
            hiver                             | transport-collectif-aines-etchemins
            drogue                            | coalition-petite-bourgogne
            """)
    void theExpectedFicheIsInTheTopThree(String query, String slug) {
        List<String> top = ranking(query).subList(0, Math.min(3, ranking(query).size()));
        assertTrue(top.contains("fiches/" + slug + ".html"), "top three for « " + query + " »: " + top);
    }

    @ParameterizedTest(name = "« {0} » = « {1} »")
    @CsvSource({"locataire, locataires", "participer, participation", "jardin, jardins", "police, policiers",
            "reinsertion, Réinsertion", "Trois-Rivieres, trois-rivières", "l'office, office", "aînés, AINES"})
    void inflectionsAccentsAndElisionsGiveTheSameRanking(String one, String other) {
        List<String> ranking = ranking(one);
        assertFalse(ranking.isEmpty(), one);
        assertEquals(ranking, ranking(other));
    }

    @SuppressWarnings("unchecked")
    private static List<String> ranking(String query) {
        return (List<String>) browser.executeScript(
                "return PratiquesRecherche.create(PRATIQUES_RECHERCHE).search(arguments[0], {}).results"
                        + ".map(function (r) { return r.doc.u; });", query);
    }
}
