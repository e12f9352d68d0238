package ca.pratiqueshlm.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.plan.Paths;
import ca.pratiqueshlm.testing.IndexExpectations;
import ca.pratiqueshlm.testing.LinkChecker;
import ca.pratiqueshlm.testing.OpenDataExpectations;
import ca.pratiqueshlm.testing.TestSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The real content, built once: browsing pages, open data, JSON-LD and links all hold together. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealSiteIndexesTest {
    private TestSite site;
    private Site model;

    @BeforeAll
    void build(@TempDir Path folder) {
        site = TestSite.copyOfRepository(folder);
        SiteBuilder.BuildReport report = site.build();
        assertTrue(report.ok(), report.problems().toString());
        model = new SiteBuilder(site.layout()).check().get();
        assertTrue(model.fiches().size() >= 20, "le contenu réel a au moins 20 fiches");
    }

    @Test
    void everyIndexCountAgreesWithTheFiches() {
        new IndexExpectations(model, site.output()).verifyAll();
    }

    @Test
    void acronymsOfTheBriefResolveOnThePartnerIndex() {
        IndexExpectations pages = new IndexExpectations(model, site.output());
        assertTrue(pages.page("partenaires/shq.html").selectFirst("p.also-called").text().contains("SHQ"));
        assertTrue(pages.page("partenaires/flhlmq.html").selectFirst("p.also-called").text().contains("FLHLMQ"));
        assertTrue(pages.page("partenaires/index.html").select("li.index-see").isEmpty(), "canonical names only");
    }

    @Test
    void openDataHoldsEveryFicheWithPartnersOutcomesAndRegion() {
        new OpenDataExpectations(model, site.output()).verifyAll();
    }

    @Test
    void everyFichePageHasJsonLdThatParses() throws IOException {
        ObjectMapper json = new ObjectMapper();
        IndexExpectations pages = new IndexExpectations(model, site.output());
        for (Fiche fiche : model.fiches()) {
            Document page = pages.page(Paths.fiche(fiche.slug()));
            Elements scripts = page.select("script[type=application/ld+json]");
            assertEquals(1, scripts.size(), fiche.slug());
            JsonNode ld = json.readTree(scripts.first().data());
            assertEquals("https://schema.org", ld.get("@context").asText());
            assertEquals("CreativeWork", ld.get("@type").asText());
            assertEquals(fiche.title(), ld.get("name").asText());
            assertEquals("fr-CA", ld.get("inLanguage").asText());
            assertEquals(fiche.updated().toString(), ld.get("dateModified").asText());
            assertEquals(model.config().baseUrl() + Paths.fiche(fiche.slug()), ld.get("url").asText());
            assertEquals(page.selectFirst("link[rel=canonical]").attr("href"), ld.get("url").asText());
            assertNotNull(ld.get("publisher").get("name"));
            assertEquals("Project", ld.get("about").get("@type").asText());
            assertEquals(fiche.sources().size(), ld.get("citation").size(), fiche.slug());
            assertEquals("Place", ld.get("spatialCoverage").get("@type").asText());
            assertEquals(fiche.partners().stream().map(p -> p.id()).distinct().count(),
                    ld.get("about").has("member") ? ld.get("about").get("member").size() : 0, fiche.slug());
            assertEquals(fiche.summary(), page.selectFirst("meta[name=description]").attr("content"));
            assertEquals("article", page.selectFirst("meta[property=og:type]").attr("content"));
        }
    }

    @Test
    void noBrokenInternalLinkAnywhere() {
        LinkChecker.Report report = LinkChecker.check(site.output());
        assertTrue(report.pages() > 150, "pages vérifiées : " + report.pages());
        assertTrue(report.broken().isEmpty(), report.broken().size() + " liens brisés sur " + report.links()
                + " :\n" + report.summary());
    }

    /** docs/OPEN-DATA.md names every key of the JSON and every column of the CSV, in backquotes. */
    @Test
    void openDataDocumentationNamesEveryKeyAndColumn() throws IOException {
        String doc = Files.readString(TestSite.REPOSITORY.resolve("docs/OPEN-DATA.md"));
        OpenDataExpectations data = new OpenDataExpectations(model, site.output());
        List<String> keys = new ArrayList<>();
        paths(data.json(), "", keys);
        List<String> missing = keys.stream().map(k -> k.startsWith("fiches.") ? k.substring(7) : k)
                .distinct().filter(k -> !doc.contains("`" + k + "`")).toList();
        assertEquals(List.of(), missing, "clés JSON absentes de docs/OPEN-DATA.md");
        Matcher table = Pattern.compile("(?s)## `fiches.csv`.*?\\n\\n(\\|.*?)\\n\\n").matcher(doc);
        assertTrue(table.find(), "table des colonnes du CSV");
        List<String> columns = data.csv().isEmpty() ? List.of() : List.copyOf(new java.util.TreeSet<>(data.csv().get(0).keySet()));
        List<String> undocumented = columns.stream().filter(c -> !table.group(1).contains("| `" + c + "` |")).toList();
        assertEquals(List.of(), undocumented, "colonnes CSV absentes de docs/OPEN-DATA.md");
    }

    /** A reader never sees a status without the year and source that state it, nor an estimate as a fact. */
    @Test
    void statusesAreDatedAndEstimatesMarkedOnEveryFichePage() {
        IndexExpectations pages = new IndexExpectations(model, site.output());
        for (Fiche fiche : model.fiches()) {
            Document page = pages.page(Paths.fiche(fiche.slug()));
            // The "En bref" block gives both under "Quand": the period (linked), then the dated status.
            String status = status(page);
            assertTrue(status.matches("(En cours en \\d{4} selon|Terminée selon) .+ \\(\\d{4}\\)|Statut non précisé .*"),
                    fiche.slug() + ": " + status);
            String period = page.select("dt:matchesOwn(^Quand$) + dd > a").text();
            assertEquals(fiche.isEstimated(ca.pratiqueshlm.model.Assumption.START), period.contains("(estimé)"),
                    fiche.slug() + ": " + period);
            String housing = page.select("dt:matchesOwn(^Habitation$) + dd").text();
            assertEquals(fiche.isEstimated(ca.pratiqueshlm.model.Assumption.HOUSING_TYPES), housing.contains("(estimé)"),
                    fiche.slug() + ": " + housing);
        }
        Document couponnage = pages.page(Paths.fiche("groupes-couponnage-levis"));
        assertEquals("Type d’habitation non précisé par la source",
                couponnage.select("dt:matchesOwn(^Habitation$) + dd").text());
        Document etchemins = pages.page(Paths.fiche("familles-en-action-etchemins"));
        assertTrue(etchemins.select("dt:matchesOwn(^Où$) + dd").text().contains("MRC Les Etchemins (estimée)"));
        assertEquals("En cours en 2014 selon LeBlanc et Vachon (2014)",
                status(pages.page(Paths.fiche("place-de-la-rive"))));
    }

    /** The dated status: the text of "Quand" after its period link, without the periods around it. */
    private static String status(Document page) {
        return page.select("dt:matchesOwn(^Quand$) + dd").first().ownText().trim()
                .replaceFirst("^\\.\\s*", "").replaceFirst("\\.$", "");
    }

    /** The period shown on cards carries the same « estimé » as the fiche page. */
    @Test
    void cardsMarkEstimatedStartYears() {
        Document programme = new IndexExpectations(model, site.output()).page("index.html");
        String cards = programme.select("#titre-recentes ~ *").text();
        assertTrue(cards.contains("2013 (estimé)"), cards);
    }

    private static void paths(JsonNode node, String prefix, List<String> out) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                out.add(prefix + name);
                paths(node.get(name), prefix + name + ".", out);
            }
        } else if (node.isArray()) {
            node.forEach(item -> paths(item, prefix, out));
        }
    }
}
