package ca.pratiqueshlm.plan;

import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.markdown.MarkdownRenderer;
import ca.pratiqueshlm.model.Assumption;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.FicheMemo;
import ca.pratiqueshlm.model.FicheLabels;
import ca.pratiqueshlm.model.Funding;
import ca.pratiqueshlm.model.HousingType;
import ca.pratiqueshlm.model.KeyFigure;
import ca.pratiqueshlm.model.OutcomeStatement;
import ca.pratiqueshlm.model.PartnerRole;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.model.SiteConfig;
import ca.pratiqueshlm.plan.FicheView.Audience;
import ca.pratiqueshlm.plan.FicheView.Heading;
import ca.pratiqueshlm.plan.FicheView.Lessons;
import ca.pratiqueshlm.plan.FicheView.Location;
import ca.pratiqueshlm.plan.FicheView.Provenance;
import ca.pratiqueshlm.plan.FicheView.Substance;
import ca.pratiqueshlm.plan.FicheView.Support;
import ca.pratiqueshlm.plan.FicheView.Timing;
import ca.pratiqueshlm.plan.Views.FigureView;
import ca.pratiqueshlm.plan.Views.FundingView;
import ca.pratiqueshlm.plan.Views.LinkView;
import ca.pratiqueshlm.plan.Views.OutcomeView;
import ca.pratiqueshlm.plan.Views.PartnerView;
import ca.pratiqueshlm.plan.Views.SimilarView;
import java.util.List;

/** Builds a fiche's {@link FicheView} part by part, with links relative to the fiche's own page. */
final class FicheViews {
    private final ViewFactory views;
    private final Registries registries;
    private final SiteIndex index;
    private final MarkdownRenderer markdown;
    private final SiteConfig config;
    private final FicheMemo<FicheView> ownParts;

    /** @param ownParts each fiche's view without its related fiches, kept between the preview's builds */
    FicheViews(ViewFactory views, Registries registries, SiteIndex index, MarkdownRenderer markdown,
            SiteConfig config, FicheMemo<FicheView> ownParts) {
        this.ownParts = ownParts;
        this.views = views;
        this.registries = registries;
        this.index = index;
        this.markdown = markdown;
        this.config = config;
    }

    FicheView of(Fiche fiche) {
        String root = Paths.rootOf(Paths.fiche(fiche.slug()));
        return ownParts.of(fiche, this::ownParts).withRelated(views.cards(index.related(fiche, 4), root));
    }

    /** Everything but the related fiches: made from the fiche, the registries and the settings alone. */
    private FicheView ownParts(Fiche fiche) {
        String root = Paths.rootOf(Paths.fiche(fiche.slug()));
        return new FicheView(heading(fiche, root), location(fiche, root), timing(fiche, root),
                audience(fiche, root), substance(fiche),
                fiche.outcomes().stream().map(o -> outcome(o, fiche.sources().get(0).id(), root)).toList(),
                new Support(fiche.partners().stream().map(p -> partner(p, root)).toList(),
                        fiche.funding().stream().map(f -> funding(f, root)).toList()),
                new Lessons(fiche.facilitatingFactors(), fiche.obstacles(), fiche.similarInitiatives().stream()
                        .map(s -> new SimilarView(s.name(), s.place(), s.description())).toList()),
                provenance(fiche, root), List.of());
    }

    private Heading heading(Fiche fiche, String root) {
        return new Heading(fiche.slug(), fiche.title(), fiche.summary(), fiche.aliases(),
                views.categoryLink(fiche.category(), root),
                fiche.secondaryCategories().stream().map(c -> views.categoryLink(c, root)).toList());
    }

    private Location location(Fiche fiche, String root) {
        String region = fiche.place().region();
        return new Location(FicheLabels.municipality(fiche), FicheLabels.mrc(fiche), fiche.place().housingComplex(),
                new LinkView(views.regionName(region), root + Paths.region(region), region), views.place(fiche));
    }

    private Timing timing(Fiche fiche, String root) {
        Integer start = fiche.period().start();
        return new Timing(ViewFactory.period(fiche),
                start == null ? root + "periodes.html" : root + Paths.startYear(start), views.status(fiche));
    }

    private Audience audience(Fiche fiche, String root) {
        return new Audience(
                fiche.populations().stream().map(id -> registries.population(id).orElseThrow().name()).toList(),
                fiche.populations().stream()
                        .map(id -> new LinkView(registries.population(id).orElseThrow().name(),
                                root + Paths.population(id), null)).toList(),
                FicheLabels.housingTypes(fiche),
                fiche.housingTypes().stream()
                        .map(t -> new LinkView(t.label() + (t == HousingType.UNKNOWN ? ""
                                : FicheLabels.mark(fiche, Assumption.HOUSING_TYPES, FicheLabels.ESTIMATED)),
                                root + Paths.housingType(t.code()), null)).toList(),
                fiche.programme() == null ? null : new LinkView(
                        registries.programme(fiche.programme()).orElseThrow().name(),
                        root + Paths.programme(fiche.programme()), null));
    }

    private Substance substance(Fiche fiche) {
        return new Substance(fiche.keyFigures().stream().map(this::figure).toList(), fiche.objectives(),
                fiche.activities(), fiche.context(), markdown.render(fiche.body()));
    }

    private Provenance provenance(Fiche fiche, String root) {
        return new Provenance(fiche.sources().stream().map(s -> views.citation(s, root)).toList(),
                Formats.date(fiche.updated()), fiche.updated().toString(), fiche.checkedBy(),
                "https://github.com/" + config.repository() + "/edit/" + config.branch() + "/" + fiche.sourcePath());
    }

    private FigureView figure(KeyFigure figure) {
        return new FigureView(figure.value(), figure.label(), views.shortCitation(figure.source(), figure.locator()));
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
                statement.locator() == null ? null : views.shortCitation(source, statement.locator()));
    }

    private FundingView funding(Funding funding, String root) {
        var funder = funding.funder() == null ? null : registries.partner(funding.funder()).orElseThrow();
        return new FundingView(Formats.money(funding.amount()), funding.nature().label(), funding.label(),
                funder == null ? null : funder.displayName(),
                funder == null ? null : root + Paths.partner(funder.id()),
                views.shortCitation(funding.source(), funding.locator()));
    }
}
