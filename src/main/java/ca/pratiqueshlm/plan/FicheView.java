package ca.pratiqueshlm.plan;

import ca.pratiqueshlm.plan.Views.CitationView;
import ca.pratiqueshlm.plan.Views.FicheCard;
import ca.pratiqueshlm.plan.Views.FigureView;
import ca.pratiqueshlm.plan.Views.FundingView;
import ca.pratiqueshlm.plan.Views.LinkView;
import ca.pratiqueshlm.plan.Views.OutcomeView;
import ca.pratiqueshlm.plan.Views.PartnerView;
import ca.pratiqueshlm.plan.Views.SimilarView;
import java.util.List;

/**
 * Every field of a fiche as its page shows it, grouped in the parts a reader meets: what it is called, where,
 * when, for whom, what was done, what came of it, who took part, what was learnt, where it comes from. Templates
 * read {@code fiche.location.region}, {@code fiche.timing.status}: a part name says which block a value belongs to.
 */
public record FicheView(Heading heading, Location location, Timing timing, Audience audience, Substance substance,
        List<OutcomeView> outcomes, Support support, Lessons lessons, Provenance provenance, List<FicheCard> related) {

    /** The same view with other related fiches: the one part that depends on the other fiches. */
    FicheView withRelated(List<FicheCard> cards) {
        return new FicheView(heading, location, timing, audience, substance, outcomes, support, lessons, provenance, cards);
    }

    /** Names and classification: the top of the page. */
    public record Heading(String slug, String title, String summary, List<String> aliases, LinkView category,
            List<LinkView> secondaryCategories) {}

    /** Where: every level the source gives, and the one-line place used in lists. */
    public record Location(String municipality, String mrc, String housingComplex, LinkView region, String place) {}

    /** When: the period (linked to its year page) and the dated status. */
    public record Timing(String period, String periodHref, String status) {}

    /** For whom: populations, housing types and the programme, as labels and as links. */
    public record Audience(List<String> populations, List<LinkView> populationLinks, List<String> housingTypes,
            List<LinkView> housingTypeLinks, LinkView programme) {}

    /** What was done: key figures, aims, activities, context and the Markdown body (already HTML). */
    public record Substance(List<FigureView> keyFigures, List<String> objectives, List<String> activities,
            String context, String bodyHtml) {}

    /** Who took part and who paid. */
    public record Support(List<PartnerView> partners, List<FundingView> funding) {}

    /** What helped, what hindered, and similar initiatives elsewhere. */
    public record Lessons(List<String> facilitatingFactors, List<String> obstacles,
            List<SimilarView> similarInitiatives) {}

    /** Sources, the date the fiche was checked against them, by whom, and where to propose a correction. */
    public record Provenance(List<CitationView> sources, String updated, String updatedIso, String checkedBy,
            String editUrl) {}
}
