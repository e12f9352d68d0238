package ca.pratiqueshlm.plan;

import ca.pratiqueshlm.plan.Views.FicheCard;
import ca.pratiqueshlm.plan.Views.LinkView;
import java.util.List;

/** The records of the browsing pages: partners, outcomes, regions, housing types, populations, years. */
public final class IndexViews {
    private IndexViews() {}

    /** A term with its fiche count; {@code href} is null when no fiche carries it yet. */
    public record TermEntry(String id, String label, String href, int count, String countLabel, String detail) {}

    /**
     * One line of an A-Z index: a partner, or a cross-reference ("SHQ, voir Société d'habitation du
     * Québec") when {@code see} is set, so acronyms and other names resolve on the page itself.
     */
    public record IndexEntry(String id, String label, String href, String detail, String see) {}

    public record LetterGroup(String letter, String id, List<IndexEntry> entries) {}

    public record SectorGroup(String id, String name, String countLabel, List<TermEntry> partners) {}

    public record ThemeGroup(String id, String name, String countLabel, List<TermEntry> outcomes) {}

    /** What one fiche says about an outcome. */
    public record StatementView(String ficheTitle, String ficheHref, String place, String statement,
            String indicator, String citation) {}

    /** A fiche a partner takes part in, with its role and any amount it paid. */
    public record RoleView(FicheCard fiche, String role, List<String> funding) {}

    /** A municipality (or MRC, or the whole region) and its fiches. */
    public record LocalityEntry(String id, String name, String href, String countLabel, List<LinkView> fiches) {}

    public record RegionEntry(String code, String id, String name, String href, int count, String countLabel,
            List<LocalityEntry> localities) {}

    /** A locality of a region page, with its fiches as cards. */
    public record LocalityGroup(String id, String name, String countLabel, List<FicheCard> fiches) {}

    /** The fiches that started in one year. */
    public record YearGroup(int year, String id, String countLabel, List<ChronoEntry> fiches) {}

    public record ChronoEntry(String title, String href, String period, String place, String status,
            String category) {}
}
