package ca.pratiqueshlm.plan;

import java.util.List;

/** The records templates receive: every value ready to show, every link already relative. */
public final class Views {
    private Views() {}

    /** Site-wide values shown on every page. */
    public record SiteView(String title, String tagline, String description, String publisher,
            List<LinkView> categories, List<LinkView> references, String contact, String textLicence,
            String dataLicence, String basePath) {}

    /** What the layout needs to know about the current page. */
    public record PageMeta(String title, String description, String path, String root, String canonicalUrl,
            String section, String type) {}

    public record LinkView(String label, String href, String detail) {}

    /** A fiche in a list. */
    public record FicheCard(String slug, String title, String href, String summary, String place, String category,
            String categoryHref, String period, String status) {}

    public record FigureView(String value, String label, String citation) {}

    public record PartnerView(String name, String acronym, String href, String role, String sector) {}

    public record OutcomeView(String label, String href, String statement, String indicator, String theme,
            String citation) {}

    public record FundingView(String amount, String nature, String label, String funder, String funderHref,
            String citation) {}

    public record CitationView(String id, String citation, String locator, String href, String url) {}

    public record SimilarView(String name, String place, String description) {}

    /** A group of fiches under a heading, with its count. */
    public record Group(String id, String title, String href, String description, int count,
            List<FicheCard> fiches) {}

    /** A reference page. */
    public record ReferenceView(String slug, String title, String summary, String bodyHtml,
            List<CitationView> sources, List<FicheCard> fiches) {}

    /** A programme page with totals computed from its fiches. */
    public record ProgrammeView(String id, String name, String description, String citation,
            List<ProgrammeRow> rows, String totalSupport, String totalCost) {}

    public record ProgrammeRow(FicheCard fiche, String support, String cost) {}
}
