package ca.pratiqueshlm.print;

import ca.pratiqueshlm.index.FrenchCollation;
import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.model.Category;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.NamedBooklet;
import ca.pratiqueshlm.model.Region;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.model.SourceRef;
import ca.pratiqueshlm.plan.Formats;
import ca.pratiqueshlm.plan.Paths;
import ca.pratiqueshlm.plan.PrintLinks;
import ca.pratiqueshlm.plan.PrintPaths;
import ca.pratiqueshlm.plan.ViewFactory;
import ca.pratiqueshlm.plan.Views.CitationView;
import ca.pratiqueshlm.plan.Views.LinkView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Plans the forum booklets: one with every fiche, one per category (primary or secondary), one per region,
 * and the named ones of content/data/livrets.yaml.
 */
final class Booklets {
    /** A booklet to render: where it goes, what it shows, and its date (its newest fiche). */
    record Plan(String path, String title, String subject, BookletView view, LocalDate date) {}

    private final Site site;
    private final SiteIndex index;
    private final ViewFactory views;
    private final Function<Fiche, PrintLinks> printLinks;
    private final Function<String, String> qrPng;

    /** @param qrPng the QR code of an address, as a PNG data URI */
    Booklets(Site site, SiteIndex index, ViewFactory views, Function<Fiche, PrintLinks> printLinks,
            Function<String, String> qrPng) {
        this.site = site;
        this.index = index;
        this.views = views;
        this.printLinks = printLinks;
        this.qrPng = qrPng;
    }

    /** The booklet with every fiche first (the longest to render), then one per category and region with fiches. */
    List<Plan> plans() {
        List<Plan> plans = new ArrayList<>();
        if (!site.fiches().isEmpty()) {
            plans.add(allFiches());
        }
        for (Category category : site.registries().categories()) {
            if (!index.categories().fiches(category.id()).isEmpty()) {
                plans.add(category(category));
            }
        }
        for (Region region : site.registries().regions()) {
            List<Fiche> fiches = index.regions().fiches(region.code());
            if (!fiches.isEmpty()) {
                plans.add(plan(PrintPaths.regionBooklet(region.code()), region.name(),
                        "Les pratiques de la région " + region.name() + ".", Paths.region(region.code()),
                        List.of(new BookletView.Group(null, entries(fiches))), fiches));
            }
        }
        site.booklets().forEach(booklet -> plans.add(named(booklet)));
        return plans;
    }

    /** A named booklet: its fiches in the order the editors wrote; the cover points to where the site lists it. */
    Plan named(NamedBooklet booklet) {
        Map<String, Fiche> bySlug = new LinkedHashMap<>();
        site.fiches().forEach(f -> bySlug.put(f.slug(), f));
        List<Fiche> fiches = booklet.fiches().stream().map(bySlug::get).toList();
        String description = booklet.description().isEmpty() ? selectionSubject(fiches.size()) : booklet.description();
        return plan(PrintPaths.namedBooklet(booklet.id()), booklet.title(), description,
                PrintPaths.SELECTION + "#" + PrintPaths.namedBookletAnchor(booklet.id()),
                List.of(new BookletView.Group(null, entries(fiches))), fiches);
    }

    /** A booklet of the fiches an editor chose, in the order given ({@code fiches livret}). */
    Plan selection(String title, List<Fiche> fiches) {
        return plan("livret-selection.pdf", title, selectionSubject(fiches.size()), "",
                List.of(new BookletView.Group(null, entries(fiches))), fiches);
    }

    private String selectionSubject(int count) {
        return "Une sélection de " + Formats.count(count, "fiche", "fiches") + " de " + site.config().title() + ".";
    }

    private Plan allFiches() {
        List<BookletView.Group> groups = new ArrayList<>();
        for (Category category : site.registries().categories()) {
            List<Fiche> fiches = index.primaryCategories().fiches(category.id());
            if (!fiches.isEmpty()) {
                groups.add(new BookletView.Group(category.name(), entries(fiches)));
            }
        }
        String title = "Toutes les fiches";
        return plan(PrintPaths.ALL_FICHES_BOOKLET, title, site.config().description(), "", groups, site.fiches());
    }

    private Plan category(Category category) {
        List<Fiche> fiches = index.categories().fiches(category.id());
        return plan(PrintPaths.booklet(category.id()), category.name(), category.definition(),
                Paths.category(category.id()), List.of(new BookletView.Group(null, entries(fiches))), fiches);
    }

    private Plan plan(String path, String title, String description, String sitePath, List<BookletView.Group> groups,
            List<Fiche> fiches) {
        LocalDate date = fiches.stream().map(Fiche::updated).max(Comparator.naturalOrder()).orElseThrow();
        String url = site.config().baseUrl() + sitePath;
        BookletView view = new BookletView(title, description, Formats.count(fiches.size(), "fiche", "fiches"),
                Formats.date(date), url, qrPng.apply(url), groups, sources(fiches));
        return new Plan(path, title + " · " + site.config().title(), description, view, date);
    }

    private List<BookletView.Entry> entries(List<Fiche> fiches) {
        return fiches.stream().map(this::entry).toList();
    }

    /** A fiche as every booklet that holds it shows it. */
    BookletView.Entry entry(Fiche fiche) {
        return new BookletView.Entry(anchor(fiche), views.fiche(fiche), printLinks.apply(fiche));
    }

    /** Every source the fiches cite, by citation, each with the fiches that cite it. */
    private List<BookletView.SourceEntry> sources(List<Fiche> fiches) {
        Map<String, CitationView> citations = new LinkedHashMap<>();
        Map<String, List<LinkView>> citedIn = new LinkedHashMap<>();
        String root = Paths.rootOf(Paths.fiche("x"));
        for (Fiche fiche : fiches) {
            for (SourceRef ref : fiche.sources()) {
                citations.computeIfAbsent(ref.id(), id -> views.citation(ref, root));
                List<LinkView> list = citedIn.computeIfAbsent(ref.id(), id -> new ArrayList<>());
                if (list.stream().noneMatch(l -> l.href().equals("#" + anchor(fiche)))) {
                    list.add(new LinkView(fiche.title(), "#" + anchor(fiche), null));
                }
            }
        }
        return citations.values().stream()
                .sorted(Comparator.comparing(CitationView::citation, FrenchCollation.ORDER))
                .map(c -> new BookletView.SourceEntry("source-" + c.id(), c.citation(), c.url(), citedIn.get(c.id())))
                .toList();
    }

    static String anchor(Fiche fiche) {
        return "fiche-" + fiche.slug();
    }
}
