package ca.pratiqueshlm.plan;

import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.markdown.MarkdownRenderer;
import ca.pratiqueshlm.model.Coded;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.FicheLabels;
import ca.pratiqueshlm.model.Page;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.model.Source;
import ca.pratiqueshlm.model.SourceRef;
import ca.pratiqueshlm.plan.Views.CitationView;
import ca.pratiqueshlm.plan.Views.FicheCard;
import ca.pratiqueshlm.plan.Views.LinkView;
import ca.pratiqueshlm.plan.Views.ReferenceView;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds the view records of each page from the model, with links relative to that page. */
public final class ViewFactory {
    private final Site site;
    private final Registries registries;
    private final MarkdownRenderer markdown;
    private final FicheViews ficheViews;

    public ViewFactory(Site site, SiteIndex index, MarkdownRenderer markdown) {
        this.site = site;
        this.registries = site.registries();
        this.markdown = markdown;
        this.ficheViews = new FicheViews(this, registries, index, markdown, site.config());
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
        return ficheViews.of(fiche);
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

    /** "LeBlanc et Vachon, 2014, diapositive 11". */
    public String shortCitation(String sourceId, String locator) {
        Source source = registries.source(sourceId).orElseThrow();
        return Stream.of(source.shortAuthorsOrAll(), String.valueOf(source.year()), locator)
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
    }
}
