package ca.pratiqueshlm.render;

import ca.pratiqueshlm.index.FrenchCollation;
import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.model.Category;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.FundingNature;
import ca.pratiqueshlm.model.Outcome;
import ca.pratiqueshlm.model.OutcomeTheme;
import ca.pratiqueshlm.model.Page;
import ca.pratiqueshlm.model.Partner;
import ca.pratiqueshlm.model.Programme;
import ca.pratiqueshlm.model.Region;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.model.Source;
import ca.pratiqueshlm.render.Views.Group;
import ca.pratiqueshlm.render.Views.LinkView;
import ca.pratiqueshlm.render.Views.PageMeta;
import ca.pratiqueshlm.render.Views.ProgrammeRow;
import ca.pratiqueshlm.render.Views.ProgrammeView;
import ca.pratiqueshlm.render.Views.SiteView;
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
    private final boolean pdfs;

    public SitePlanner(Site site, SiteIndex index, MarkdownRenderer markdown) {
        this(site, index, markdown, false);
    }

    /** @param pdfs whether the build writes PDFs, so pages may link to them */
    public SitePlanner(Site site, SiteIndex index, MarkdownRenderer markdown, boolean pdfs) {
        this.site = site;
        this.index = index;
        this.views = new ViewFactory(site, index, markdown);
        this.pdfs = pdfs;
    }

    public List<PageJob> plan() {
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(home());
        site.fiches().forEach(f -> jobs.add(fiche(f)));
        site.registries().categories().forEach(c -> jobs.add(category(c)));
        jobs.add(partnerIndex());
        site.registries().partners().stream().filter(p -> index.partners().count(p.id()) > 0)
                .forEach(p -> jobs.add(partner(p)));
        jobs.add(outcomeIndex());
        site.registries().outcomes().stream().filter(o -> index.outcomes().count(o.id()) > 0)
                .forEach(o -> jobs.add(outcome(o)));
        jobs.add(regionIndex());
        jobs.add(sources());
        site.registries().programmes().forEach(p -> jobs.add(programme(p)));
        site.pages().forEach(p -> jobs.add(reference(p)));
        jobs.add(simple("a-propos.html", "a-propos.ftl", "À propos", "Ce que contient ce répertoire et comment il est fait."));
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
                Map.of("fiche", views.fiche(fiche), "print", print));
    }

    private PageJob category(Category category) {
        String path = Paths.category(category.id());
        String root = Paths.rootOf(path);
        List<Fiche> fiches = index.categories().fiches(category.id());
        Map<String, List<Fiche>> byRegion = new HashMap<>();
        fiches.forEach(f -> byRegion.computeIfAbsent(f.place().region(), r -> new ArrayList<>()).add(f));
        List<Group> regions = byRegion.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> group("region-" + e.getKey(), views.regionName(e.getKey()), null, null, e.getValue(), root))
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

    private PageJob partnerIndex() {
        String path = "partenaires/index.html";
        List<LinkView> partners = site.registries().partners().stream()
                .filter(p -> index.partners().count(p.id()) > 0)
                .sorted(Comparator.comparing(Partner::name, FrenchCollation.ORDER))
                .map(p -> new LinkView(p.displayName(), p.id() + ".html",
                        p.sector().label() + " · " + countLabel(index.partners().count(p.id()))))
                .toList();
        return job(path, "partenaires.ftl", meta(path, "Partenaires", "Les organismes engagés dans les pratiques, de A à Z.",
                "partenaires"), Map.of("partners", partners));
    }

    private PageJob partner(Partner partner) {
        String path = Paths.partner(partner.id());
        String root = Paths.rootOf(path);
        List<LinkView> roles = index.partners().fiches(partner.id()).stream()
                .map(f -> new LinkView(f.title(), root + Paths.fiche(f.slug()), f.partners().stream()
                        .filter(r -> r.id().equals(partner.id())).map(r -> r.role()).filter(r -> r != null)
                        .findFirst().orElse(null)))
                .toList();
        return job(path, "partenaire.ftl", meta(path, partner.displayName(), partner.name() + " : fiches et rôles.",
                "partenaires"), Map.of("partner", new LinkView(partner.displayName(), path, partner.sector().label()),
                "aliases", partner.aliases(), "fiches", roles));
    }

    private PageJob outcomeIndex() {
        String path = "retombees/index.html";
        List<Map<String, Object>> themes = new ArrayList<>();
        for (OutcomeTheme theme : site.registries().themes()) {
            List<LinkView> outcomes = site.registries().outcomes().stream()
                    .filter(o -> o.theme().equals(theme.id()) && index.outcomes().count(o.id()) > 0)
                    .map(o -> new LinkView(o.label(), o.id() + ".html", countLabel(index.outcomes().count(o.id()))))
                    .toList();
            if (!outcomes.isEmpty()) {
                themes.add(Map.of("id", theme.id(), "name", theme.name(), "outcomes", outcomes));
            }
        }
        return job(path, "retombees.ftl", meta(path, "Retombées", "Ce que les pratiques ont produit, par thème.",
                "retombees"), Map.of("themes", themes));
    }

    private PageJob outcome(Outcome outcome) {
        String path = Paths.outcome(outcome.id());
        String root = Paths.rootOf(path);
        List<LinkView> statements = new ArrayList<>();
        for (Fiche fiche : index.outcomes().fiches(outcome.id())) {
            fiche.outcomes().stream().filter(s -> s.id().equals(outcome.id()))
                    .forEach(s -> statements.add(new LinkView(fiche.title(), root + Paths.fiche(fiche.slug()), s.statement())));
        }
        String theme = site.registries().theme(outcome.theme()).map(OutcomeTheme::name).orElse("");
        return job(path, "retombee.ftl", meta(path, outcome.label(), "Fiches qui rapportent : " + outcome.label() + ".",
                "retombees"), Map.of("outcome", new LinkView(outcome.label(), path, theme), "statements", statements));
    }

    private PageJob regionIndex() {
        String path = "regions/index.html";
        String root = Paths.rootOf(path);
        List<Group> regions = site.registries().regions().stream()
                .map(r -> group("region-" + r.code(), r.code() + " " + r.name(), null, null,
                        index.regions().fiches(r.code()), root))
                .toList();
        return job(path, "regions.ftl", meta(path, "Régions", "Les fiches par région administrative du Québec.", "regions"),
                Map.of("regions", regions));
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

    private Group group(String id, String title, String href, String description, List<Fiche> fiches, String root) {
        return new Group(id, title, href, description, fiches.size(), views.cards(fiches, root));
    }

    private PageMeta meta(String path, String title, String description, String section) {
        return meta(path, title, description, section, "website");
    }

    private PageMeta meta(String path, String title, String description, String section, String type) {
        return new PageMeta(title, description, path, Paths.rootOf(path),
                site.config().baseUrl() + (path.equals("index.html") ? "" : path), section, type);
    }

    private PageJob job(String path, String template, PageMeta meta, Map<String, Object> extra) {
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
                site.config().publisher(), categories, references);
    }

    private static String countLabel(int count) {
        return Formats.count(count, "fiche", "fiches");
    }

}
