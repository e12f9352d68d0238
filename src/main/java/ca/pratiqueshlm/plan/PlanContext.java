package ca.pratiqueshlm.plan;

import ca.pratiqueshlm.index.FrenchCollation;
import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Page;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.plan.IndexViews.TermEntry;
import ca.pratiqueshlm.plan.SitePage.Frame;
import ca.pratiqueshlm.plan.Views.Group;
import ca.pratiqueshlm.plan.Views.LinkView;
import ca.pratiqueshlm.plan.Views.PageMeta;
import ca.pratiqueshlm.plan.Views.SiteView;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every page planner shares: the site, its indexes, the one view factory, the charts, and how a page's frame
 * (metadata and site-wide values) is built.
 */
record PlanContext(Site site, SiteIndex index, ViewFactory views, Charts charts, Map<String, SiteView> siteViews) {

    /** @param siteViews the site-wide values by page depth, made once each (every page has them) */
    PlanContext(Site site, SiteIndex index, ViewFactory views, Charts charts) {
        this(site, index, views, charts, new ConcurrentHashMap<>());
    }

    PageMeta meta(String path, String title, String description, String section) {
        return meta(path, title, description, section, "website");
    }

    PageMeta meta(String path, String title, String description, String section, String type) {
        return new PageMeta(title, description, path, Paths.rootOf(path),
                site.config().baseUrl() + (path.equals("index.html") ? "" : path), section, type);
    }

    /** The frame of a page: its metadata and the site-wide values, with links relative to its folder. */
    Frame frame(PageMeta meta) {
        return new Frame(meta, siteViews.computeIfAbsent(meta.root(), this::siteView));
    }

    Group group(String id, String title, String href, String description, List<Fiche> fiches, String root) {
        return new Group(id, title, href, description, fiches.size(), views.cards(fiches, root));
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

    /** "1 fiche", "3 fiches" (and "0 fiches"): counts beside links. */
    static String countLabel(int count) {
        return Formats.count(count, "fiche", "fiches");
    }

    /** Same, but "aucune fiche" for none: counts of the browsing pages' terms. */
    static String termCountLabel(int count) {
        return count == 0 ? "aucune fiche" : countLabel(count);
    }

    /** A term with its fiche count, linked only once a fiche carries it. */
    static TermEntry term(String id, String label, String href, int count, String detail) {
        return new TermEntry(id, label, count == 0 ? null : href, count, termCountLabel(count), detail);
    }
}
