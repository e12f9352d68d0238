package ca.pratiqueshlm.plan;

import ca.pratiqueshlm.plan.IndexViews.LetterGroup;
import ca.pratiqueshlm.plan.IndexViews.RegionEntry;
import ca.pratiqueshlm.plan.IndexViews.RoleView;
import ca.pratiqueshlm.plan.IndexViews.LocalityGroup;
import ca.pratiqueshlm.plan.IndexViews.SectorGroup;
import ca.pratiqueshlm.plan.IndexViews.StatementView;
import ca.pratiqueshlm.plan.IndexViews.TermEntry;
import ca.pratiqueshlm.plan.IndexViews.ThemeGroup;
import ca.pratiqueshlm.plan.IndexViews.YearGroup;
import ca.pratiqueshlm.plan.Views.FicheCard;
import ca.pratiqueshlm.plan.FicheView;
import ca.pratiqueshlm.plan.Views.Group;
import ca.pratiqueshlm.plan.Views.LinkView;
import ca.pratiqueshlm.plan.Views.PageMeta;
import ca.pratiqueshlm.plan.Views.ProgrammeView;
import ca.pratiqueshlm.plan.Views.ReferenceView;
import ca.pratiqueshlm.plan.Views.SiteView;
import java.util.List;

/**
 * One record per kind of page: the whole contract between the planners and the templates. A template
 * sees its page record as its data model, so each component name below is a name the template uses.
 */
public final class Pages {
    private Pages() {}

    /** A page with nothing of its own besides the frame: about, search, 404. */
    public record PlainPage(PageMeta page, SiteView site) implements SitePage {}

    public record HomePage(PageMeta page, SiteView site, List<Group> categories, List<FicheCard> latest,
            int ficheCount, String regionMap) implements SitePage {}

    /** {@code regionLocator}: the SVG map locating the fiche's region; {@code reading}: the "En bref" block,
     *  outcomes by theme and numbered notes (see FicheReading). */
    public record FichePage(PageMeta page, SiteView site, FicheView fiche, String jsonLd, PrintLinks print,
            String regionLocator, FicheReading reading) implements SitePage {}

    /** {@code booklet} is the category's PDF booklet, null when the build writes no PDFs. */
    public record CategoryPage(PageMeta page, SiteView site, Group category, List<Group> byRegion, String booklet,
            String chart) implements SitePage {}

    /**
     * {@code named}: the booklets of content/data/livrets.yaml, empty when the build writes no PDFs;
     * {@code scripts}: by slug, the script that holds the fiche's article (print.SelectionScripts).
     */
    public record SelectionPage(PageMeta page, SiteView site, List<Group> groups, List<LinkView> booklets,
            boolean pdfs, List<NamedBookletCard> named, java.util.Map<String, String> scripts) implements SitePage {}

    /** A named booklet on the selection page: its anchor, title, description, PDF and fiche count. */
    public record NamedBookletCard(String id, String title, String description, String href, String count) {}

    public record SourcesPage(PageMeta page, SiteView site, List<SourceEntry> sources) implements SitePage {}

    /** A source document and the fiches drawn from it; {@code url} is empty when it has none. */
    public record SourceEntry(String id, String citation, String url, List<FicheCard> fiches) {}

    public record ProgrammePage(PageMeta page, SiteView site, ProgrammeView programme) implements SitePage {}

    public record ReferencePage(PageMeta page, SiteView site, ReferenceView reference) implements SitePage {}

    public record ProposalPage(PageMeta page, SiteView site, ProposalForm.View proposal) implements SitePage {}

    public record FeedPage(PageMeta page, SiteView site, List<FeedEntry> entries, String updated)
            implements SitePage {}

    public record FeedEntry(String title, String summary, String url, String updated, String category) {}

    public record SitemapPage(PageMeta page, SiteView site, List<String> urls) implements SitePage {}

    public record PartnersPage(PageMeta page, SiteView site, List<LetterGroup> letters, List<SectorGroup> sectors,
            String partnerCount) implements SitePage {}

    /** {@code acronym} is empty when the partner has none. */
    public record PartnerPage(PageMeta page, SiteView site, LinkView partner, String acronym, String sectorHref,
            List<String> aliases, List<RoleView> roles, List<TermEntry> colleagues, String countLabel)
            implements SitePage {}

    public record OutcomesPage(PageMeta page, SiteView site, List<ThemeGroup> themes, String reportingLabel,
            String chart) implements SitePage {}

    public record OutcomePage(PageMeta page, SiteView site, LinkView outcome, String themeHref,
            List<StatementView> statements, String countLabel) implements SitePage {}

    public record RegionsPage(PageMeta page, SiteView site, List<RegionEntry> regions, String coveredLabel,
            String regionMap) implements SitePage {}

    public record RegionPage(PageMeta page, SiteView site, LinkView region, List<LocalityGroup> localities,
            String countLabel) implements SitePage {}

    /** The list of one kind of term (housing types, populations) with their counts. */
    public record TermsPage(PageMeta page, SiteView site, List<TermEntry> terms, String note) implements SitePage {}

    /** One term's fiches, grouped by region; {@code parent} names the list it belongs to. */
    public record TermPage(PageMeta page, SiteView site, LinkView term, String parent, String countLabel,
            List<Group> groups) implements SitePage {}

    public record ChronologyPage(PageMeta page, SiteView site, List<YearGroup> years, List<Decade> decades,
            String timeline) implements SitePage {}

    /** A decade of the chronology's table of contents, with its years. */
    public record Decade(String label, List<TermEntry> years) {}

    public record OpenDataPage(PageMeta page, SiteView site, int ficheCount, String docUrl) implements SitePage {}

    public record ExplorePage(PageMeta page, SiteView site, List<LinkView> ways, List<LinkView> categories)
            implements SitePage {}
}
