package ca.pratiqueshlm.plan;

import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.markdown.MarkdownRenderer;
import ca.pratiqueshlm.model.Coded;
import ca.pratiqueshlm.model.Assumption;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.FicheLabels;
import ca.pratiqueshlm.model.HousingType;
import ca.pratiqueshlm.model.Funding;
import ca.pratiqueshlm.model.KeyFigure;
import ca.pratiqueshlm.model.OutcomeStatement;
import ca.pratiqueshlm.model.Page;
import ca.pratiqueshlm.model.PartnerRole;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.model.Source;
import ca.pratiqueshlm.model.SourceRef;
import ca.pratiqueshlm.plan.Views.CitationView;
import ca.pratiqueshlm.plan.Views.FicheCard;
import ca.pratiqueshlm.plan.Views.FicheView;
import ca.pratiqueshlm.plan.Views.FigureView;
import ca.pratiqueshlm.plan.Views.FundingView;
import ca.pratiqueshlm.plan.Views.LinkView;
import ca.pratiqueshlm.plan.Views.OutcomeView;
import ca.pratiqueshlm.plan.Views.PartnerView;
import ca.pratiqueshlm.plan.Views.ReferenceView;
import ca.pratiqueshlm.plan.Views.SimilarView;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds the view records of each page from the model, with links relative to that page. */
public final class ViewFactory {
    private final Site site;
    private final Registries registries;
    private final SiteIndex index;
    private final MarkdownRenderer markdown;

    public ViewFactory(Site site, SiteIndex index, MarkdownRenderer markdown) {
        this.site = site;
        this.registries = site.registries();
        this.index = index;
        this.markdown = markdown;
    }

    public FicheCard card(Fiche fiche, String root) {
        return new FicheCard(fiche.slug(), fiche.title(), root + Paths.fiche(fiche.slug()), fiche.summary(),
                place(fiche), categoryName(fiche.category()), root + Paths.category(fiche.category()),
                period(fiche), status(fiche));
    }

    /** "2008-2012", "depuis 2007" for a running practice, with « estimé » and unknown years said (FicheLabels). */
    public static String period(Fiche fiche) {
        return FicheLabels.period(fiche);
    }

    /** « En cours en 2014 selon LeBlanc et Vachon (2014) »: never a status without its year and source. */
    public String status(Fiche fiche) {
        return FicheLabels.status(fiche.status(), registries);
    }

    public List<FicheCard> cards(List<Fiche> fiches, String root) {
        return fiches.stream().map(f -> card(f, root)).toList();
    }

    public FicheView fiche(Fiche fiche) {
        String root = Paths.rootOf(Paths.fiche(fiche.slug()));
        String defaultSource = fiche.sources().get(0).id();
        return new FicheView(fiche.slug(), fiche.title(), fiche.summary(), fiche.aliases(),
                categoryLink(fiche.category(), root),
                fiche.secondaryCategories().stream().map(c -> categoryLink(c, root)).toList(),
                FicheLabels.municipality(fiche), FicheLabels.mrc(fiche), fiche.place().housingComplex(),
                new LinkView(regionName(fiche.place().region()), root + Paths.region(fiche.place().region()),
                        fiche.place().region()),
                FicheLabels.housingTypes(fiche),
                period(fiche), status(fiche),
                fiche.populations().stream().map(id -> registries.population(id).orElseThrow().name()).toList(),
                fiche.programme() == null ? null : new LinkView(
                        registries.programme(fiche.programme()).orElseThrow().name(),
                        root + Paths.programme(fiche.programme()), null),
                fiche.keyFigures().stream().map(this::figure).toList(),
                fiche.objectives(), fiche.activities(), fiche.context(),
                fiche.partners().stream().map(p -> partner(p, root)).toList(),
                fiche.outcomes().stream().map(o -> outcome(o, defaultSource, root)).toList(),
                fiche.funding().stream().map(f -> funding(f, root)).toList(),
                fiche.facilitatingFactors(), fiche.obstacles(),
                fiche.similarInitiatives().stream().map(s -> new SimilarView(s.name(), s.place(), s.description()))
                        .toList(),
                fiche.sources().stream().map(s -> citation(s, root)).toList(),
                Formats.date(fiche.updated()), fiche.updated().toString(),
                markdown.render(fiche.body()), place(fiche),
                cards(index.related(fiche, 4), root),
                "https://github.com/" + site.config().repository() + "/edit/" + site.config().branch() + "/"
                        + fiche.sourcePath(),
                fiche.housingTypes().stream()
                        .map(t -> new LinkView(t.label() + (t == HousingType.UNKNOWN ? ""
                                : FicheLabels.mark(fiche, Assumption.HOUSING_TYPES, FicheLabels.ESTIMATED)),
                                root + Paths.housingType(t.code()), null)).toList(),
                fiche.populations().stream()
                        .map(id -> new LinkView(registries.population(id).orElseThrow().name(),
                                root + Paths.population(id), null)).toList(),
                fiche.period().start() == null ? root + "periodes.html" : root + Paths.startYear(fiche.period().start()),
                fiche.checkedBy());
    }

    public ReferenceView reference(Page page) {
        String root = Paths.rootOf(Paths.reference(page.slug()));
        List<Fiche> fiches = page.fiches().stream()
                .map(slug -> site.fiches().stream().filter(f -> f.slug().equals(slug)).findFirst().orElseThrow())
                .toList();
        return new ReferenceView(page.slug(), page.title(), page.summary(), markdown.render(page.body()),
                page.sources().stream().map(s -> citation(s, root)).toList(), cards(fiches, root));
    }

    public CitationView citation(SourceRef ref, String root) {
        Source source = registries.source(ref.id()).orElseThrow();
        return new CitationView(source.id(), source.citation(), ref.locator(), root + Paths.source(source.id()),
                source.url());
    }

    public LinkView categoryLink(String id, String root) {
        return new LinkView(categoryName(id), root + Paths.category(id), null);
    }

    /** "Québec (Capitale-Nationale)", "MRC des Etchemins (Chaudière-Appalaches)". */
    public String place(Fiche fiche) {
        String region = regionName(fiche.place().region());
        String mrc = FicheLabels.mrc(fiche);
        String local = Stream.of(FicheLabels.municipality(fiche), mrc == null ? null : "MRC " + mrc)
                .filter(s -> s != null && !s.isBlank())
                .findFirst().orElse(null);
        if (local != null && local.endsWith(")")) {
            return local.substring(0, local.length() - 1) + ", " + region + ")"; // "MRC X (estimée, Région)"
        }
        return local == null || local.equals(region) ? region : local + " (" + region + ")";
    }

    public String categoryName(String id) {
        return registries.category(id).orElseThrow().name();
    }

    public String regionName(String code) {
        return registries.region(code).orElseThrow().name();
    }

    private FigureView figure(KeyFigure figure) {
        return new FigureView(figure.value(), figure.label(), shortCitation(figure.source(), figure.locator()));
    }

    private PartnerView partner(PartnerRole role, String root) {
        var partner = registries.partner(role.id()).orElseThrow();
        return new PartnerView(partner.name(), partner.acronym(), root + Paths.partner(partner.id()), role.role(),
                partner.sector().label());
    }

    private OutcomeView outcome(OutcomeStatement statement, String defaultSource, String root) {
        var outcome = registries.outcome(statement.id()).orElseThrow();
        String source = statement.source() == null ? defaultSource : statement.source();
        return new OutcomeView(outcome.label(), root + Paths.outcome(outcome.id()), statement.statement(),
                statement.indicator(), registries.theme(outcome.theme()).map(t -> t.name()).orElse(""),
                statement.locator() == null ? null : shortCitation(source, statement.locator()));
    }

    private FundingView funding(Funding funding, String root) {
        var funder = funding.funder() == null ? null : registries.partner(funding.funder()).orElseThrow();
        return new FundingView(Formats.money(funding.amount()), funding.nature().label(), funding.label(),
                funder == null ? null : funder.displayName(),
                funder == null ? null : root + Paths.partner(funder.id()),
                shortCitation(funding.source(), funding.locator()));
    }

    /** "LeBlanc et Vachon, 2014, diapositive 11". */
    public String shortCitation(String sourceId, String locator) {
        Source source = registries.source(sourceId).orElseThrow();
        return Stream.of(source.shortAuthorsOrAll(), String.valueOf(source.year()), locator)
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
    }
}
