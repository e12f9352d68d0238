package ca.pratiqueshlm.opendata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.pipeline.SiteBuilder;
import ca.pratiqueshlm.testing.OpenDataExpectations;
import ca.pratiqueshlm.testing.TestSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Open data and JSON-LD of fiches whose text is built to break naive writers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataTest {
    private static final String HOSTILE_TITLE = "Jardin « A; B » \"dit\" </script><script>alert(1)</script> & co";

    private TestSite site;
    private Site model;

    @BeforeAll
    void build(@TempDir Path folder) {
        site = TestSite.create(folder);
        site.write("fiches/hostile.md", """
                ---
                titre: '%s'
                resume: "Un résumé; avec point-virgule, virgule et \\"guillemets\\"."
                alias: [Premier nom, Deuxième nom]
                categorie: vivre-ensemble
                lieu:
                  municipalite: Lévis
                  region: "12"
                types_habitation: [hlm, obnl]
                periode:
                  debut: 2013
                  fin: 2016
                statut:
                  valeur: termine
                  annee: 2016
                  source: source-test
                suppose: [types_habitation]
                populations: [familles, aines]
                objectifs:
                  - Premier objectif
                  - Second objectif ; avec point-virgule
                activites:
                  - Jardinage
                contexte: |-
                  Première ligne.
                  Seconde ligne.
                partenaires:
                  - id: omh-test
                    role: Porteur
                  - id: cisss-test
                retombees:
                  - id: liens
                    enonce: Les voisins se parlent davantage
                    indicateur: "+140 associations"
                financement:
                  - montant: 1250.5
                    nature: soutien
                    bailleur: omh-test
                    source: source-test
                    repere: tableau 1
                  - montant: 3000
                    nature: soutien
                    source: source-test
                    repere: tableau 2
                sources:
                  - id: source-test
                    repere: page 3
                mise_a_jour: 2026-11-20
                ---
                Le texte.
                """.formatted(HOSTILE_TITLE.replace("'", "''")));
        site.write("fiches/simple.md", ca.pratiqueshlm.testing.Fixtures.fiche(""));
        assertTrue(site.build().ok());
        model = new SiteBuilder(site.layout()).check().get();
    }

    @Test
    void jsonAndCsvHoldEveryFicheAndReadBack() {
        new OpenDataExpectations(model, site.output()).verifyAll();
    }

    @Test
    void csvCellsSurviveSeparatorsQuotesAndLineBreaks() {
        Map<String, String> row = new OpenDataExpectations(model, site.output()).csv().get(0);
        assertEquals(HOSTILE_TITLE, row.get("titre"));
        assertEquals("Un résumé; avec point-virgule, virgule et \"guillemets\".", row.get("resume"));
        assertEquals("Première ligne.\nSeconde ligne.", row.get("contexte"));
        assertEquals("Premier objectif | Second objectif ; avec point-virgule", row.get("objectifs"));
        assertEquals("4250,5", row.get("soutien_total"), "décimale avec virgule pour un tableur français");
        assertEquals("", row.get("cout_total"));
        assertEquals("Terminée selon Équipe de test (2014)", row.get("statut"), "le statut dit qui l'établit");
        assertEquals("HLM (habitation à loyer modique) (estimé) | OBNL d'habitation (estimé)",
                row.get("types_habitation"), "une valeur estimée le dit dans le tableur");
        assertEquals("2016", row.get("fin"));
        assertEquals("Familles | Aînés", row.get("populations"));
    }

    @Test
    void csvUsesCrlfBetweenRowsAndQuotesOnlyWhenNeeded() throws IOException {
        String text = Files.readString(site.output().resolve("fiches.csv"));
        assertTrue(text.startsWith("\uFEFFslug;url;titre;"), text.substring(0, 30));
        assertEquals(3, text.split("\r\n", -1).length - 1, "en-tête et deux lignes, chacune finie par CRLF");
        assertTrue(text.contains("\r\nsimple;https://exemple.test/fiches/fiches/simple.html;Jardin collectif de test;"),
                "les cellules simples ne sont pas entre guillemets");
    }

    @Test
    void jsonKeepsNullsTypesAndRegistries() {
        JsonNode json = new OpenDataExpectations(model, site.output()).json();
        JsonNode hostile = json.get("fiches").get(0);
        assertEquals(1250.5, hostile.get("financement").get(0).get("montant").doubleValue());
        assertTrue(hostile.get("financement").get(1).get("bailleur").isNull());
        assertTrue(hostile.get("lieu").get("mrc").isNull(), "un champ absent vaut null");
        assertEquals("+140 associations", hostile.get("retombees").get(0).get("indicateur").asText());
        assertEquals(2016, hostile.get("periode").get("fin").asInt());
        assertEquals("termine", hostile.get("statut").get("valeur").asText());
        assertEquals(2016, hostile.get("statut").get("annee").asInt());
        assertEquals("source-test", hostile.get("statut").get("source").asText());
        assertEquals("types_habitation", hostile.get("suppose").get(0).asText());
        JsonNode simple = json.get("fiches").get(1);
        assertTrue(simple.get("periode").get("fin").isNull());
        assertTrue(simple.get("alias").isArray() && simple.get("alias").isEmpty());
        assertEquals("OMHT", json.get("registres").get("partenaires").get(0).get("sigle").asText());
        assertEquals(List.of("categories", "regions", "populations", "partenaires", "themes", "retombees", "sources",
                "programmes"), iterate(json.get("registres").fieldNames()));
    }

    @Test
    void jsonLdCannotBeClosedByTheFicheText() throws IOException {
        Document page = Jsoup.parse(site.output().resolve("fiches/hostile.html").toFile(), "UTF-8");
        assertEquals(1, page.select("head script").size(), "le titre n'a pas ouvert d'autre script");
        String data = page.selectFirst("script[type=application/ld+json]").data();
        assertFalse(data.contains("</"), data);
        JsonNode ld = new ObjectMapper().readTree(data);
        assertEquals(HOSTILE_TITLE, ld.get("name").asText());
        assertEquals("2013/2016", ld.get("temporalCoverage").asText());
        assertEquals("Lévis", ld.get("spatialCoverage").get("address").get("addressLocality").asText());
        assertEquals("Office municipal d'habitation de Test", ld.get("about").get("funder").get(0).get("name").asText());
    }

    @Test
    void sameContentGivesByteIdenticalFiles(@TempDir Path other) throws IOException {
        Path again = other.resolve("site");
        new SiteBuilder(site.layout()).build(again);
        for (String file : List.of("fiches.json", "fiches.csv", "fiches/hostile.html", "partenaires/index.html",
                "regions/index.html", "periodes.html")) {
            assertArrayEquals(Files.readAllBytes(site.output().resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        }
    }

    private static List<String> iterate(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
