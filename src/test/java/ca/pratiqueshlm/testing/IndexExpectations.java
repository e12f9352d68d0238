package ca.pratiqueshlm.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.plan.FrenchTypography;
import ca.pratiqueshlm.model.Funding;
import ca.pratiqueshlm.model.HousingType;
import ca.pratiqueshlm.model.OutcomeStatement;
import ca.pratiqueshlm.model.PartnerRole;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.plan.Paths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a built site's browsing pages against the fiches, counted here straight from the model:
 * every index page exists, shows the right count for each term, and lists that many fiches.
 */
public final class IndexExpectations {
    private final Site site;
    private final Path output;

    public IndexExpectations(Site site, Path output) {
        this.site = site;
        this.output = output;
    }

    public void verifyAll() {
        regions();
        partners();
        outcomes();
        housingTypes();
        populations();
        chronology();
        categories();
    }

    void regions() {
        Document index = page("regions/index.html");
        site.registries().regions().forEach(region -> {
            long count = count(f -> f.place().region().equals(region.code()));
            Element section = index.selectFirst("section[aria-labelledby=region-" + region.code() + "]");
            if (count == 0) {
                assertNull(section, "no section for region " + region.code() + ", which has no fiche");
                assertFalse(exists(Paths.region(region.code())), "page de la région " + region.code());
                return;
            }
            assertNotNull(section, "section de la région " + region.code());
            assertTrue(section.selectFirst("h2").text().contains("(" + label(count) + ")"),
                    section.selectFirst("h2").text());
            assertEquals(count, section.select("a[href^=../fiches/]").size(), "fiches listées, région " + region.code());
            assertEquals(count > 0, exists(Paths.region(region.code())), "page de la région " + region.code());
            assertEquals(count, page(Paths.region(region.code())).select("li.card").size());
        });
    }

    void partners() {
        Document index = page("partenaires/index.html");
        site.registries().partners().forEach(partner -> {
            long count = count(f -> f.partners().stream().map(PartnerRole::id).anyMatch(partner.id()::equals)
                    || f.funding().stream().map(Funding::funder).anyMatch(partner.id()::equals));
            Element entry = index.getElementById("partenaire-" + partner.id());
            assertEquals(count > 0, exists(Paths.partner(partner.id())), "page de " + partner.id());
            if (count == 0) {
                assertNull(entry, "a partner with no fiche is not listed: " + partner.id());
                return;
            }
            assertNotNull(entry, "entrée de " + partner.id());
            assertTrue(entry.text().contains(FrenchTypography.text(partner.displayName())), entry.text());
            assertTrue(entry.selectFirst(".meta").text().endsWith(label(count)), entry.text());
            Document own = page(Paths.partner(partner.id()));
            assertEquals(count, own.select("li.card").size(), partner.id());
            if (partner.acronym() != null) {
                // The acronym is not an A-Z entry of its own: it is on the partner's page.
                assertTrue(index.select("li").stream().noneMatch(li -> li.ownText().startsWith(FrenchTypography.text(partner.acronym()) + ", voir")));
                assertTrue(own.selectFirst("p.also-called").text().contains(FrenchTypography.text(partner.acronym())), partner.id());
            }
        });
    }

    void outcomes() {
        Document index = page("retombees/index.html");
        site.registries().outcomes().forEach(outcome -> {
            long count = count(f -> f.outcomes().stream().map(OutcomeStatement::id).anyMatch(outcome.id()::equals));
            long statements = site.fiches().stream().flatMap(f -> f.outcomes().stream())
                    .filter(s -> s.id().equals(outcome.id())).count();
            // The list's link, not the chart's bar above it (the chart is checked by ChartPagesTest).
            Element link = index.select("a[href=" + outcome.id() + ".html]").stream()
                    .filter(a -> a.closest("svg") == null).findFirst().orElse(null);
            assertEquals(count > 0, link != null, "lien vers " + outcome.id());
            assertEquals(count > 0, exists(Paths.outcome(outcome.id())));
            if (count > 0) {
                assertEquals(label(count), link.nextElementSibling().text(), outcome.id());
                Document page = page(Paths.outcome(outcome.id()));
                assertEquals(statements, page.select("ul.statements > li").size(), outcome.id());
                site.fiches().stream().flatMap(f -> f.outcomes().stream()).filter(s -> s.id().equals(outcome.id()))
                        // jsoup's text() gives a no-break space as a space.
                        .forEach(s -> assertTrue(page.text().replace('\u00A0', ' ')
                                .contains(FrenchTypography.text(s.statement()).replace('\u00A0', ' ')), s.statement()));
            }
        });
    }

    void housingTypes() {
        Document index = page("habitation/index.html");
        for (HousingType type : HousingType.values()) {
            long count = count(f -> f.housingTypes().contains(type));
            termEntry(index, type.code(), count, Paths.housingType(type.code()));
        }
    }

    void populations() {
        Document index = page("populations/index.html");
        site.registries().populations().forEach(population -> {
            long count = count(f -> f.populations().contains(population.id()));
            termEntry(index, population.id(), count, Paths.population(population.id()));
        });
    }

    private void termEntry(Document index, String id, long count, String path) {
        Element link = index.selectFirst("a[href=" + id + ".html]");
        assertEquals(count > 0, link != null, "lien vers " + id);
        assertEquals(count > 0, exists(path), path);
        if (count > 0) {
            assertEquals(label(count), link.nextElementSibling().text(), id);
            assertEquals(count, page(path).select("li.card").size(), path);
        }
    }

    void chronology() {
        Document page = page("periodes.html");
        List<Integer> years = site.fiches().stream().map(f -> f.period().start()).distinct().sorted().toList();
        assertEquals(years.stream().map(y -> "annee-" + y).toList(),
                page.select("ol.chronology h2").eachAttr("id"), "années dans l'ordre");
        for (int year : years) {
            long count = count(f -> f.period().start() == year);
            Element heading = page.getElementById("annee-" + year);
            assertEquals(year + " (" + label(count) + ")", heading.text());
            assertEquals(count, heading.nextElementSibling().select("a").size(), "fiches de " + year);
        }
        assertEquals(site.fiches().size(), page.select("ol.chronology a[href^=fiches/]").size());
    }

    void categories() {
        site.registries().categories().forEach(category -> {
            long count = count(f -> f.allCategories().contains(category.id()));
            assertEquals(count, page(Paths.category(category.id())).select("li.card").size(), category.id());
        });
    }

    private long count(Predicate<Fiche> predicate) {
        return site.fiches().stream().filter(predicate).count();
    }

    static String label(long count) {
        return count == 0 ? "aucune fiche" : count + (count == 1 ? " fiche" : " fiches");
    }

    private boolean exists(String path) {
        return Files.isRegularFile(output.resolve(path));
    }

    public Document page(String path) {
        Path file = output.resolve(path);
        assertTrue(Files.isRegularFile(file), "page absente : " + path);
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
