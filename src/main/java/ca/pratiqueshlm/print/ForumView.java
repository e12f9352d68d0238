package ca.pratiqueshlm.print;

import ca.pratiqueshlm.plan.Views.CitationView;
import ca.pratiqueshlm.plan.Views.FigureView;
import ca.pratiqueshlm.plan.Views.OutcomeView;
import ca.pratiqueshlm.plan.Views.PartnerView;
import java.util.List;

/**
 * What the forum version of a fiche shows, bounded so that any fiche fits on two pages: at most three
 * key figures, a few outcomes grouped by theme, the main partners, objectives and activities, and the
 * three sources the fiche cites most. {@code more*} count what was left for the online fiche.
 */
public record ForumView(List<FigureView> figures, List<Theme> themes, int moreOutcomes, List<String> objectives,
        int moreObjectives, List<String> activities, int moreActivities, List<PartnerView> partners,
        int morePartners, List<CitationView> sources, int moreSources) {

    /** Outcomes sharing a theme of the outcome registry. */
    public record Theme(String name, List<OutcomeView> outcomes) {}
}
