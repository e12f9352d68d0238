package ca.pratiqueshlm.plan;

import ca.pratiqueshlm.index.Groupings;
import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.markdown.MarkdownRenderer;
import ca.pratiqueshlm.model.Category;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Page;
import ca.pratiqueshlm.model.FundingNature;
import ca.pratiqueshlm.model.Programme;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.model.Source;
import ca.pratiqueshlm.plan.Pages.CategoryPage;
import ca.pratiqueshlm.plan.Pages.FeedEntry;
import ca.pratiqueshlm.plan.Pages.FeedPage;
import ca.pratiqueshlm.plan.Pages.FichePage;
import ca.pratiqueshlm.plan.Pages.HomePage;
import ca.pratiqueshlm.plan.Pages.PlainPage;
import ca.pratiqueshlm.plan.Pages.ProgrammePage;
import ca.pratiqueshlm.plan.Pages.ProposalPage;
import ca.pratiqueshlm.plan.Pages.ReferencePage;
import ca.pratiqueshlm.plan.Pages.NamedBookletCard;
import ca.pratiqueshlm.plan.Pages.SelectionPage;
import ca.pratiqueshlm.plan.Pages.SitemapPage;
import ca.pratiqueshlm.plan.Pages.SourceEntry;
import ca.pratiqueshlm.plan.Pages.SourcesPage;
import ca.pratiqueshlm.plan.SitePage.Frame;
import ca.pratiqueshlm.plan.Views.Group;
import ca.pratiqueshlm.plan.Views.LinkView;
import ca.pratiqueshlm.plan.Views.PageMeta;
import ca.pratiqueshlm.plan.Views.ProgrammeRow;
import ca.pratiqueshlm.plan.Views.ProgrammeView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Decides every page of the site and builds its view model; nothing is written here. */
public final class SitePlanner {
    private static final String FICHE_TEMPLATE = "fiche.ftl";
    private final Site site;
    private final SiteIndex index;
    private final ViewFactory views;
    private final PlanContext context;
    private final JsonLd jsonLd;
    private final boolean pdfs;
    private final Charts charts;
    private final Function<String, String> qrImage;

    /**
     * @param pdfs    whether the build writes PDFs, so pages may link to them
     * @param qrImage the image of the QR code of an address, as the fiche pages print it (a data: URI)
     */
    public SitePlanner(Site site, SiteIndex index, ViewFactory views, boolean pdfs, Function<String, String> qrImage) {
        this.site = site;
        this.index = index;
        this.views = views;
        this.charts = new Charts(site, index);
        this.context = new PlanContext(site, index, views, charts);
        this.jsonLd = new JsonLd(site);
        this.pdfs = pdfs;
        this.qrImage = qrImage;
    }

    public List<PageJob> plan() {
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(home());
        // Fiche pages are the bulk of a site: their records are built when each page is written, on the
        // writers' threads, and dropped right after (PageJob).
        site.fiches().forEach(fiche -> jobs.add(PageJob.deferred(Paths.fiche(fiche.slug()), FICHE_TEMPLATE,
                () -> fichePage(fiche).page())));
        site.registries().categories().forEach(c -> jobs.add(category(c)));
        // The browsing pages, one planner per family.
        for (PagePlanner family : List.of(new PartnerPages(context), new OutcomePages(context),
                new RegionPages(context), new TermPages(context), new ChronologyPages(context),
                new ExplorePages(context))) {
            jobs.addAll(family.plan());
        }
        jobs.add(sources());
        site.registries().programmes().forEach(p -> jobs.add(programme(p)));
        site.pages().forEach(p -> jobs.add(reference(p)));
        jobs.add(simple("a-propos.html", "a-propos.ftl", "À propos", "Ce que contient ce répertoire et comment il est fait."));
        jobs.add(simple("recherche.html", "recherche.ftl", "Recherche", "Chercher une fiche par mot, lieu ou partenaire, et filtrer les résultats."));
        Frame proposer = frame(meta("proposer.html", "Proposer une fiche",
                "Un formulaire qui prépare le fichier d'une nouvelle fiche, prêt à proposer sur GitHub.", "proposer"));
        jobs.add(new PageJob("proposer.html", "proposer.ftl",
                new ProposalPage(proposer.page(), proposer.site(), ProposalForm.of(site))));
        jobs.add(selection());
        jobs.add(simple("404.html", "404.ftl", "Page introuvable", "Cette page n'existe pas."));
        jobs.add(feed());
        jobs.add(sitemap(jobs));
        return jobs;
    }

    private PageJob home() {
        String path = "index.html";
        List<Group> categories = site.registries().categories().stream()
                .map(c -> group(c.id(), c.name(), Paths.category(c.id()), c.definition(), index.categories().fiches(c.id()), ""))
                .toList();
        Frame frame = frame(meta(path, site.config().title(), site.config().description(), "accueil"));
        return new PageJob(path, "index.ftl", new HomePage(frame.page(), frame.site(), categories,
                views.cards(index.latest().stream().limit(6).toList(), ""), site.fiches().size(),
                charts.regionMap("carte-regions", "", site.fiches(), true)));
    }

    /** The page of one fiche: the preview writes an edited fiche's page with it before the rest of the site. */
    public PageJob fichePage(Fiche fiche) {
        String path = Paths.fiche(fiche.slug());
        String root = Paths.rootOf(path);
        String url = site.config().baseUrl() + path;
        PrintLinks print = new PrintLinks(url, qrImage.apply(url),
                pdfs ? root + PrintPaths.pdf(fiche.slug()) : null);
        Frame frame = frame(meta(path, fiche.title(), fiche.summary(), "fiches", "article"));
        ViewFactory.FicheExtras extras = views.extras(fiche, f -> new ViewFactory.FicheExtras(jsonLd.of(f),
                charts.locator(f), FicheReadings.of(site.registries(), views, f)));
        return new PageJob(path, FICHE_TEMPLATE, new FichePage(frame.page(), frame.site(), views.fiche(fiche),
                extras.jsonLd(), print, extras.regionLocator(), extras.reading()));
    }

    private PageJob category(Category category) {
        String path = Paths.category(category.id());
        String root = Paths.rootOf(path);
        List<Fiche> fiches = index.categories().fiches(category.id());
        List<Group> regions = Groupings.byRegion(fiches).entrySet().stream()
                .map(e -> group("region-" + e.getKey(), views.regionName(e.getKey()), root + Paths.region(e.getKey()),
                        null, e.getValue(), root))
                .toList();
        String booklet = pdfs && !fiches.isEmpty() ? root + PrintPaths.booklet(category.id()) : null;
        Frame frame = frame(meta(path, category.name(), category.definition(), "categories"));
        return new PageJob(path, "categorie.ftl", new CategoryPage(frame.page(), frame.site(),
                group(category.id(), category.name(), path, category.definition(), fiches, root), regions, booklet,
                fiches.isEmpty() ? null : charts.category(category, fiches, root)));
    }

    /** The page where a reader picks fiches to print together, and finds the forum booklets. */
    private PageJob selection() {
        String path = PrintPaths.SELECTION;
        String root = Paths.rootOf(path);
        List<Group> groups = site.registries().categories().stream()
                .filter(c -> index.primaryCategories().count(c.id()) > 0)
                .map(c -> group("choix-" + c.id(), c.name(), null, null, index.primaryCategories().fiches(c.id()), root))
                .toList();
        List<LinkView> booklets = new ArrayList<>();
        if (pdfs && !site.fiches().isEmpty()) {
            booklets.add(new LinkView("Toutes les fiches", root + PrintPaths.ALL_FICHES_BOOKLET,
                    countLabel(site.fiches().size())));
            site.registries().categories().stream().filter(c -> index.categories().count(c.id()) > 0)
                    .forEach(c -> booklets.add(new LinkView(c.name(), root + PrintPaths.booklet(c.id()),
                            countLabel(index.categories().count(c.id())))));
            site.registries().regions().stream().filter(r -> index.regions().count(r.code()) > 0)
                    .forEach(r -> booklets.add(new LinkView("Région : " + r.name(), root + PrintPaths.regionBooklet(r.code()),
                            countLabel(index.regions().count(r.code())))));
        }
        Frame frame = frame(meta(path, "Imprimer des fiches",
                "Choisir des fiches et les imprimer ensemble, ou télécharger les livrets PDF pour un forum.", "fiches"));
        List<NamedBookletCard> named = !pdfs ? List.of() : site.booklets().stream()
                .map(b -> new NamedBookletCard(PrintPaths.namedBookletAnchor(b.id()), b.title(), b.description(),
                        root + PrintPaths.namedBooklet(b.id()), countLabel(b.fiches().size())))
                .toList();
        Map<String, String> scripts = new TreeMap<>();
        PrintPaths.selectionScripts(site.fiches().stream().map(Fiche::slug).toList())
                .forEach((slug, script) -> scripts.put(slug, root + script));
        return new PageJob(path, "selection.ftl", new SelectionPage(frame.page(), frame.site(), groups, booklets, pdfs,
                named, scripts));
    }

    private PageJob sources() {
        String path = "sources.html";
        List<SourceEntry> sources = new ArrayList<>();
        for (Source source : site.registries().sources()) {
            sources.add(new SourceEntry(source.id(), source.citation(), source.url() == null ? "" : source.url(),
                    views.cards(index.sources().fiches(source.id()), "")));
        }
        Frame frame = frame(meta(path, "Sources", "Les documents d'où viennent les fiches.", "sources"));
        return new PageJob(path, "sources.ftl", new SourcesPage(frame.page(), frame.site(), sources));
    }

    private PageJob programme(Programme programme) {
        String path = Paths.programme(programme.id());
        String root = Paths.rootOf(path);
        List<ProgrammeRow> rows = new ArrayList<>();
        BigDecimal support = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        for (Fiche fiche : index.programmes().fiches(programme.id())) {
            BigDecimal ficheSupport = total(fiche, FundingNature.SUPPORT);
            BigDecimal ficheCost = total(fiche, FundingNature.TOTAL_COST);
            support = support.add(ficheSupport);
            cost = cost.add(ficheCost);
            rows.add(new ProgrammeRow(views.card(fiche, root), Formats.money(ficheSupport), Formats.money(ficheCost)));
        }
        ProgrammeView view = new ProgrammeView(programme.id(), programme.name(), programme.description(),
                views.shortCitation(programme.source(), programme.locator()), rows, Formats.money(support),
                Formats.money(cost));
        Frame frame = frame(meta(path, programme.name(), programme.description(), "fiches"));
        return new PageJob(path, "programme.ftl", new ProgrammePage(frame.page(), frame.site(), view));
    }

    private static BigDecimal total(Fiche fiche, FundingNature nature) {
        return fiche.funding().stream().filter(f -> f.nature() == nature).map(f -> f.amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private PageJob reference(Page page) {
        String path = Paths.reference(page.slug());
        Frame frame = frame(meta(path, page.title(), page.summary(), "references", "article"));
        return new PageJob(path, "reference.ftl", new ReferencePage(frame.page(), frame.site(), views.reference(page)));
    }

    private PageJob simple(String path, String template, String title, String description) {
        Frame frame = frame(meta(path, title, description, ""));
        return new PageJob(path, template, new PlainPage(frame.page(), frame.site()));
    }

    private PageJob feed() {
        List<FeedEntry> entries = new ArrayList<>();
        for (Fiche fiche : index.latest()) {
            entries.add(new FeedEntry(fiche.title(), fiche.summary(), site.config().baseUrl() + Paths.fiche(fiche.slug()),
                    fiche.updated() + "T00:00:00Z", views.categoryName(fiche.category())));
        }
        String updated = index.latest().isEmpty() ? "2014-01-01" : index.latest().get(0).updated().toString();
        Frame frame = frame(meta("feed.xml", site.config().title(), site.config().description(), ""));
        return new PageJob("feed.xml", "feed.ftl", new FeedPage(frame.page(), frame.site(), entries, updated + "T00:00:00Z"));
    }

    private PageJob sitemap(List<PageJob> pages) {
        List<String> urls = pages.stream().map(PageJob::path)
                .filter(p -> p.endsWith(".html") && !p.equals("404.html"))
                .sorted()
                .map(p -> site.config().baseUrl() + (p.equals("index.html") ? "" : p))
                .toList();
        Frame frame = frame(meta("sitemap.xml", "", "", ""));
        return new PageJob("sitemap.xml", "sitemap.ftl", new SitemapPage(frame.page(), frame.site(), urls));
    }

    private Group group(String id, String title, String href, String description, List<Fiche> fiches, String root) {
        return context.group(id, title, href, description, fiches, root);
    }

    private PageMeta meta(String path, String title, String description, String section) {
        return context.meta(path, title, description, section);
    }

    private PageMeta meta(String path, String title, String description, String section, String type) {
        return context.meta(path, title, description, section, type);
    }

    private Frame frame(PageMeta meta) {
        return context.frame(meta);
    }

    private static String countLabel(int count) {
        return Formats.count(count, "fiche", "fiches");
    }

}
