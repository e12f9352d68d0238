package ca.pratiqueshlm.print;

import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Funding;
import ca.pratiqueshlm.model.KeyFigure;
import ca.pratiqueshlm.model.OutcomeStatement;
import ca.pratiqueshlm.plan.BriefFigures;
import ca.pratiqueshlm.plan.Views.CitationView;
import ca.pratiqueshlm.plan.FicheView;
import ca.pratiqueshlm.plan.Views.FigureView;
import ca.pratiqueshlm.plan.Views.OutcomeView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Chooses what the two-page forum version of a fiche keeps. The limits bound its length whatever the
 * fiche's; the build still measures every forum PDF ({@link PageBudget}) in case a single item is long.
 */
final class ForumDigest {
    static final int OUTCOMES = 5;
    static final int OBJECTIVES = 3;
    static final int ACTIVITIES = 4;
    static final int PARTNERS = 5;
    static final int SOURCES = 3;

    private ForumDigest() {}

    static ForumView of(Fiche fiche, FicheView view) {
        List<OutcomeView> outcomes = view.outcomes().stream().limit(OUTCOMES).toList();
        Map<String, List<OutcomeView>> byTheme = new LinkedHashMap<>();
        outcomes.forEach(o -> byTheme.computeIfAbsent(o.theme(), t -> new ArrayList<>()).add(o));
        List<CitationView> sources = mainSources(fiche, view);
        var what = view.substance();
        var partners = view.support().partners();
        return new ForumView(figures(fiche, what.keyFigures()),
                byTheme.entrySet().stream().map(e -> new ForumView.Theme(e.getKey(), List.copyOf(e.getValue()))).toList(),
                view.outcomes().size() - outcomes.size(),
                what.objectives().stream().limit(OBJECTIVES).toList(), Math.max(0, what.objectives().size() - OBJECTIVES),
                what.activities().stream().limit(ACTIVITIES).toList(), Math.max(0, what.activities().size() - ACTIVITIES),
                partners.stream().limit(PARTNERS).toList(), Math.max(0, partners.size() - PARTNERS),
                sources, (int) view.provenance().sources().stream().map(CitationView::id).distinct().count()
                        - sources.size());
    }

    /** The figures the editor marked {@code en_bref}, or else the first three: as the fiche page's "En bref". */
    static List<FigureView> figures(Fiche fiche, List<FigureView> views) {
        return BriefFigures.choose(fiche.keyFigures(), views);
    }

    /**
     * The three sources the fiche leans on most: by the number of figures, outcomes and amounts each
     * one backs (an outcome without a source of its own is the fiche's first source's), then in the
     * fiche's order.
     */
    static List<CitationView> mainSources(Fiche fiche, FicheView view) {
        Map<String, Integer> uses = new LinkedHashMap<>();
        String first = fiche.sources().isEmpty() ? null : fiche.sources().get(0).id();
        fiche.keyFigures().stream().map(KeyFigure::source).forEach(s -> uses.merge(s, 1, Integer::sum));
        fiche.outcomes().stream().map(OutcomeStatement::source).map(s -> s == null ? first : s)
                .forEach(s -> uses.merge(s, 1, Integer::sum));
        fiche.funding().stream().map(Funding::source).forEach(s -> uses.merge(s, 1, Integer::sum));
        List<CitationView> all = view.provenance().sources();
        java.util.Set<String> seen = new java.util.HashSet<>();
        return IntStream.range(0, all.size()).boxed()
                .filter(i -> seen.add(all.get(i).id()))
                .sorted(Comparator.comparing((Integer i) -> -uses.getOrDefault(all.get(i).id(), 0))
                        .thenComparing(i -> i))
                .limit(SOURCES)
                .map(all::get)
                .toList();
    }
}
