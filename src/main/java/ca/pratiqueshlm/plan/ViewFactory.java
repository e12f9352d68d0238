package ca.pratiqueshlm.plan;

import ca.pratiqueshlm.index.CollationKeys;
import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.markdown.MarkdownRenderer;
import ca.pratiqueshlm.model.Coded;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.FicheMemo;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds the view records of each page from the model, with links relative to that page. */
public final class ViewFactory {
    private final Site site;
    private final Registries registries;
    private final MarkdownRenderer markdown;
    private final FicheViews ficheViews;
    private final FicheMemo<Map<String, FicheCard>> cards;
    private final FicheMemo<FicheExtras> extras;
    private final CollationKeys labelKeys;

    /**
     * What the views of one fiche come to on their own (from the fiche, the registries and the settings),
     * kept between the preview's builds by fiche identity ({@link FicheMemo}): its page view without the
     * related fiches, its card at each depth and the rest of its page. Unchanged views are then the same
     * objects, so comparing a page with its previous version is mostly identity checks. With them, the
     * collation keys of the registries' labels (partner names, acronyms, aliases), which an edit of a
     * fiche never changes.
     */
    public record Memory(FicheMemo<FicheView> fiches, FicheMemo<Map<String, FicheCard>> cards,
            FicheMemo<FicheExtras> extras, CollationKeys labels) {
        public Memory() {
            this(new FicheMemo<>(), new FicheMemo<>(), new FicheMemo<>(), new CollationKeys());
        }
    }

    /** The rest of a fiche's page, from the fiche, the registries and the settings alone. */
    public record FicheExtras(String jsonLd, String regionLocator, FicheReading reading) {}

    public ViewFactory(Site site, SiteIndex index, MarkdownRenderer markdown) {
        this(site, index, markdown, new Memory());
    }

    public ViewFactory(Site site, SiteIndex index, MarkdownRenderer markdown, Memory memory) {
        this.site = site;
        this.registries = site.registries();
        this.markdown = markdown;
        memory.fiches().keepOnly(site.fiches());
        memory.cards().keepOnly(site.fiches());
        memory.extras().keepOnly(site.fiches());
        this.cards = memory.cards();
        this.extras = memory.extras();
        this.labelKeys = memory.labels();
        this.ficheViews = new FicheViews(this, registries, index, markdown, site.config(), memory.fiches());
    }

    /** The collation keys of registry labels, kept between the preview's builds. */
    CollationKeys labelKeys() {
        return labelKeys;
    }

    public FicheCard card(Fiche fiche, String root) {
        return cards.of(fiche, f -> new ConcurrentHashMap<>()).computeIfAbsent(root, r -> newCard(fiche, r));
    }

    private FicheCard newCard(Fiche fiche, String root) {
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

    /** @param make how the extras are made, from the fiche alone */
    FicheExtras extras(Fiche fiche, java.util.function.Function<Fiche, FicheExtras> make) {
        return extras.of(fiche, make);
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
