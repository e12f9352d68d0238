package ca.pratiqueshlm.plan;

import ca.pratiqueshlm.index.FrenchCollation;
import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.model.Category;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.FundingNature;
import ca.pratiqueshlm.model.Page;
import ca.pratiqueshlm.model.Programme;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.model.Source;
import ca.pratiqueshlm.plan.Views.Group;
import ca.pratiqueshlm.plan.Views.LinkView;
import ca.pratiqueshlm.plan.Views.PageMeta;
import ca.pratiqueshlm.plan.Views.ProgrammeRow;
import ca.pratiqueshlm.plan.Views.ProgrammeView;
import ca.pratiqueshlm.plan.Views.SiteView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Decides every page of the site and builds its view model; nothing is written here. */
public final class SitePlanner {
    private final Site site;
    private final SiteIndex index;
    private final ViewFactory views;
    private final JsonLd jsonLd;
    private final boolean pdfs;

    public SitePlanner(Site site, SiteIndex index, MarkdownRenderer markdown) {
        this(site, index, markdown, false);
    }

    /** @param pdfs whether the build writes PDFs, so pages may link to them */
    public SitePlanner(Site site, SiteIndex index, MarkdownRenderer markdown, boolean pdfs) {
        this.site = site;
        this.index = index;
        this.views = new ViewFactory(site, index, markdown);
        this.jsonLd = new JsonLd(site);
        this.pdfs = pdfs;
    }

    public List<PageJob> plan() {
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(home());
        // Fiche views (Markdown, related fiches, JSON-LD) are independent: built in parallel, kept in order.
        jobs.addAll(site.fiches().parallelStream().map(this::fiche).toList());
        site.registries().categories().forEach(c -> jobs.add(category(c)));
        jobs.addAll(new IndexPlanner(this, site, index, views).plan());
        jobs.add(sources());
        site.registries().programmes().forEach(p -> jobs.add(programme(p)));
        site.pages().forEach(p -> jobs.add(reference(p)));
        jobs.add(simple("a-propos.html", "a-propos.ftl", "À propos", "Ce que contient ce répertoire et comment il est fait."));
        jobs.add(simple("recherche.html", "recherche.ftl", "Recherche", "Chercher une fiche par mot, lieu ou partenaire, et filtrer les résultats."));
        jobs.add(job("proposer.html", "proposer.ftl", meta("proposer.html", "Proposer une fiche",
                "Un formulaire qui prépare le fichier d'une nouvelle fiche, prêt à proposer sur GitHub.", "proposer"),
                Map.of("proposal", ProposalForm.of(site))));
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
        return job(path, "index.ftl", meta(path, site.config().title(), site.config().description(), "accueil"),
                Map.of("categories", categories, "latest", views.cards(index.latest().stream().limit(6).toList(), ""),
                        "ficheCount", site.fiches().size()));
    }

    private PageJob fiche(Fiche fiche) {
        String path = Paths.fiche(fiche.slug());
        String root = Paths.rootOf(path);
        PrintLinks print = new PrintLinks(site.config().baseUrl() + path, root + PrintPaths.qr(fiche.slug()),
                pdfs ? root + PrintPaths.pdf(fiche.slug()) : null);
        return job(path, "fiche.ftl", meta(path, fiche.title(), fiche.summary(), "fiches", "article"),
                Map.of("fiche", views.fiche(fiche), "jsonLd", jsonLd.of(fiche), "print", print,
                        "reading", FicheReadings.of(site.registries(), views, fiche)));
    }

    private PageJob category(Category category) {
        String path = Paths.category(category.id());
        String root = Paths.rootOf(path);
        List<Fiche> fiches = index.categories().fiches(category.id());
        Map<String, List<Fiche>> byRegion = new HashMap<>();
        fiches.forEach(f -> byRegion.computeIfAbsent(f.place().region(), r -> new ArrayList<>()).add(f));
        List<Group> regions = byRegion.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> group("region-" + e.getKey(), views.regionName(e.getKey()), root + Paths.region(e.getKey()),
                        null, e.getValue(), root))
                .toList();
        Map<String, Object> model = new HashMap<>(Map.of(
                "category", group(category.id(), category.name(), path, category.definition(), fiches, root),
                "byRegion", regions));
        if (pdfs && !fiches.isEmpty()) {
            model.put("booklet", root + PrintPaths.booklet(category.id()));
        }
        return job(path, "categorie.ftl", meta(path, category.name(), category.definition(), "categories"), model);
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
        }
        return job(path, "selection.ftl", meta(path, "Imprimer des fiches",
                        "Choisir des fiches et les imprimer ensemble, ou télécharger les livrets PDF pour un forum.", "fiches"),
                Map.of("groups", groups, "booklets", booklets, "pdfs", pdfs));
    }

    private PageJob sources() {
        String path = "sources.html";
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Source source : site.registries().sources()) {
            sources.add(Map.of("id", source.id(), "citation", source.citation(),
                    "url", source.url() == null ? "" : source.url(),
                    "fiches", views.cards(index.sources().fiches(source.id()), "")));
        }
        return job(path, "sources.ftl", meta(path, "Sources", "Les documents d'où viennent les fiches.", "sources"),
                Map.of("sources", sources));
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
        return job(path, "programme.ftl", meta(path, programme.name(), programme.description(), "fiches"),
                Map.of("programme", view));
    }

    private static BigDecimal total(Fiche fiche, FundingNature nature) {
        return fiche.funding().stream().filter(f -> f.nature() == nature).map(f -> f.amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private PageJob reference(Page page) {
        String path = Paths.reference(page.slug());
        return job(path, "reference.ftl", meta(path, page.title(), page.summary(), "references", "article"),
                Map.of("reference", views.reference(page)));
    }

    private PageJob simple(String path, String template, String title, String description) {
        return job(path, template, meta(path, title, description, ""), Map.of());
    }

    private PageJob feed() {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Fiche fiche : index.latest()) {
            entries.add(Map.of("title", fiche.title(), "summary", fiche.summary(),
                    "url", site.config().baseUrl() + Paths.fiche(fiche.slug()),
                    "updated", fiche.updated() + "T00:00:00Z", "category", views.categoryName(fiche.category())));
        }
        String updated = index.latest().isEmpty() ? "2014-01-01" : index.latest().get(0).updated().toString();
        return job("feed.xml", "feed.ftl", meta("feed.xml", site.config().title(), site.config().description(), ""),
                Map.of("entries", entries, "updated", updated + "T00:00:00Z"));
    }

    private PageJob sitemap(List<PageJob> pages) {
        List<String> urls = pages.stream().map(PageJob::path)
                .filter(p -> p.endsWith(".html") && !p.equals("404.html"))
                .sorted()
                .map(p -> site.config().baseUrl() + (p.equals("index.html") ? "" : p))
                .toList();
        return job("sitemap.xml", "sitemap.ftl", meta("sitemap.xml", "", "", ""), Map.of("urls", urls));
    }

    Group group(String id, String title, String href, String description, List<Fiche> fiches, String root) {
        return new Group(id, title, href, description, fiches.size(), views.cards(fiches, root));
    }

    PageMeta meta(String path, String title, String description, String section) {
        return meta(path, title, description, section, "website");
    }

    private PageMeta meta(String path, String title, String description, String section, String type) {
        return new PageMeta(title, description, path, Paths.rootOf(path),
                site.config().baseUrl() + (path.equals("index.html") ? "" : path), section, type);
    }

    PageJob job(String path, String template, PageMeta meta, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("page", meta);
        model.put("site", siteView(meta.root()));
        return new PageJob(path, template, model);
    }

    private SiteView siteView(String root) {
        List<LinkView> categories = site.registries().categories().stream()
                .map(c -> new LinkView(c.name(), root + Paths.category(c.id()), countLabel(index.categories().count(c.id()))))
                .toList();
        List<LinkView> references = site.pages().stream()
                .sorted(Comparator.comparing((Page p) -> p.order() == null ? Integer.MAX_VALUE : p.order())
                        .thenComparing(Page::title, FrenchCollation.ORDER))
                .map(p -> new LinkView(p.title(), root + Paths.reference(p.slug()), null))
                .toList();
        return new SiteView(site.config().title(), site.config().tagline(), site.config().description(),
                site.config().publisher(), categories, references, site.config().contact(),
                site.config().textLicence(), site.config().dataLicence(), java.net.URI.create(site.config().baseUrl()).getPath());
    }

    private static String countLabel(int count) {
        return Formats.count(count, "fiche", "fiches");
    }

}
