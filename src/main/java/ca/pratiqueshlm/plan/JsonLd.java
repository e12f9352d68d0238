package ca.pratiqueshlm.plan;

import ca.pratiqueshlm.model.Assumption;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.FicheLabels;
import ca.pratiqueshlm.model.Place;
import ca.pratiqueshlm.model.Funding;
import ca.pratiqueshlm.model.Partner;
import ca.pratiqueshlm.model.PartnerRole;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.model.Source;
import ca.pratiqueshlm.model.SourceRef;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * schema.org metadata of a fiche page, as JSON-LD: the fiche is a {@code CreativeWork} whose
 * {@code about} is the practice itself, a {@code Project} with its place, years and partners.
 */
public final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Site site;
    private final Registries registries;

    public JsonLd(Site site) {
        this.site = site;
        this.registries = site.registries();
    }

    /** The JSON text, safe inside a {@code <script>} element of an HTML page. */
    public String of(Fiche fiche) {
        try {
            return escapeForHtml(JSON.writeValueAsString(tree(fiche)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-LD of " + fiche.slug(), e);
        }
    }

    /**
     * "&lt;/script&gt;" or "&lt;!--" inside a string would end or derail the element; JSON lets any
     * character be written as a \\u escape, and these three can only occur inside strings.
     */
    static String escapeForHtml(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    ObjectNode tree(Fiche fiche) {
        String base = site.config().baseUrl();
        String url = base + Paths.fiche(fiche.slug());
        ObjectNode work = JSON.createObjectNode();
        work.put("@context", "https://schema.org");
        work.put("@type", "CreativeWork");
        work.put("@id", url);
        work.put("url", url);
        work.put("name", fiche.title());
        work.put("headline", fiche.title());
        work.put("description", fiche.summary());
        work.put("genre", "Fiche de pratique");
        work.put("inLanguage", "fr-CA");
        work.put("dateModified", fiche.updated().toString());
        ArrayNode keywords = work.putArray("keywords");
        fiche.allCategories().forEach(c -> keywords.add(registries.category(c).orElseThrow().name()));
        ObjectNode publisher = organization(site.config().publisher(), null, base);
        work.set("author", publisher);
        work.set("publisher", publisher.deepCopy());
        ObjectNode website = work.putObject("isPartOf");
        website.put("@type", "WebSite");
        website.put("name", site.config().title());
        website.put("url", base);
        work.set("spatialCoverage", place(fiche));
        work.put("temporalCoverage", known(fiche, fiche.period().start(), Assumption.START) + "/"
                + known(fiche, fiche.period().end(), Assumption.END));
        ArrayNode audience = work.putArray("audience");
        fiche.populations().forEach(p -> {
            ObjectNode a = audience.addObject();
            a.put("@type", "Audience");
            a.put("audienceType", registries.population(p).orElseThrow().name());
        });
        ArrayNode citations = work.putArray("citation");
        fiche.sources().stream().map(SourceRef::id).forEach(id -> citations.add(citation(registries.source(id).orElseThrow())));
        work.set("about", practice(fiche, base));
        return work;
    }

    private ObjectNode practice(Fiche fiche, String base) {
        ObjectNode project = JSON.createObjectNode();
        project.put("@type", "Project");
        project.put("name", fiche.title());
        if (!fiche.aliases().isEmpty()) {
            ArrayNode names = project.putArray("alternateName");
            fiche.aliases().forEach(names::add);
        }
        project.put("description", fiche.summary());
        project.set("location", place(fiche));
        // Machine-readable dates carry no « estimé »: an estimated or unknown year is left out.
        if (fiche.period().start() != null && !fiche.isEstimated(Assumption.START)) {
            project.put("foundingDate", String.valueOf(fiche.period().start()));
        }
        if (fiche.period().end() != null && !fiche.isEstimated(Assumption.END)) {
            project.put("dissolutionDate", String.valueOf(fiche.period().end()));
        }
        List<Partner> members = fiche.partners().stream().map(PartnerRole::id).distinct()
                .map(id -> registries.partner(id).orElseThrow()).toList();
        if (!members.isEmpty()) {
            ArrayNode array = project.putArray("member");
            members.forEach(p -> array.add(organization(p.name(), p.acronym(), base + Paths.partner(p.id()))));
        }
        List<Partner> funders = fiche.funding().stream().map(Funding::funder).filter(Objects::nonNull).distinct()
                .map(id -> registries.partner(id).orElseThrow()).toList();
        if (!funders.isEmpty()) {
            ArrayNode array = project.putArray("funder");
            funders.forEach(p -> array.add(organization(p.name(), p.acronym(), base + Paths.partner(p.id()))));
        }
        return project;
    }

    /** A year for schema.org, or ".." when unknown or estimated. */
    private static String known(Fiche fiche, Integer year, Assumption assumption) {
        return year == null || fiche.isEstimated(assumption) ? ".." : String.valueOf(year);
    }

    private ObjectNode place(Fiche fiche) {
        ObjectNode place = JSON.createObjectNode();
        place.put("@type", "Place");
        String region = registries.region(fiche.place().region()).orElseThrow().name();
        String mrc = FicheLabels.mrc(fiche);
        String name = java.util.stream.Stream.of(fiche.place().housingComplex(), FicheLabels.municipality(fiche),
                        mrc == null ? null : "MRC " + mrc, region)
                .filter(s -> s != null && !s.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
        place.put("name", name);
        ObjectNode address = place.putObject("address");
        address.put("@type", "PostalAddress");
        if (Place.isGiven(fiche.place().municipality()) && !fiche.isEstimated(Assumption.MUNICIPALITY)) {
            address.put("addressLocality", fiche.place().municipality());
        }
        if (!fiche.place().region().equals("00")) {
            address.put("addressRegion", region);
        }
        address.put("addressCountry", "CA");
        return place;
    }

    private static ObjectNode organization(String name, String acronym, String url) {
        ObjectNode organization = JSON.createObjectNode();
        organization.put("@type", "Organization");
        organization.put("name", name);
        if (acronym != null && !acronym.isBlank()) {
            organization.put("alternateName", acronym);
        }
        if (url != null) {
            organization.put("url", url);
        }
        return organization;
    }

    private static ObjectNode citation(Source source) {
        ObjectNode work = JSON.createObjectNode();
        work.put("@type", "CreativeWork");
        work.put("name", source.title());
        work.put("author", source.authors());
        work.put("datePublished", source.date() == null ? String.valueOf(source.year()) : source.date().toString());
        if (source.publisher() != null) {
            work.put("publisher", source.publisher());
        }
        if (source.url() != null) {
            work.put("url", source.url());
        }
        return work;
    }
}
