package ca.pratiqueshlm.plan;

import static ca.pratiqueshlm.plan.PlanContext.termCountLabel;

import ca.pratiqueshlm.index.Groupings;
import ca.pratiqueshlm.plan.IndexViews.ChronoEntry;
import ca.pratiqueshlm.plan.IndexViews.TermEntry;
import ca.pratiqueshlm.plan.IndexViews.YearGroup;
import ca.pratiqueshlm.plan.Pages.ChronologyPage;
import ca.pratiqueshlm.plan.Pages.Decade;
import ca.pratiqueshlm.plan.SitePage.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The chronology: fiches by the year they started, with a table of contents by decade. */
final class ChronologyPages implements PagePlanner {
    private final PlanContext context;

    ChronologyPages(PlanContext context) {
        this.context = context;
    }

    @Override
    public List<PageJob> plan() {
        String path = "periodes.html";
        List<YearGroup> years = Groupings.byStartYear(context.site().fiches()).entrySet().stream()
                .map(e -> new YearGroup(e.getKey(), "annee-" + e.getKey(), termCountLabel(e.getValue().size()),
                        e.getValue().stream()
                                .sorted(context.index().titleOrder())
                                .map(f -> new ChronoEntry(f.title(), Paths.fiche(f.slug()), ViewFactory.period(f),
                                        context.views().place(f), context.views().status(f),
                                        context.views().categoryName(f.category())))
                                .toList()))
                .toList();
        Map<String, List<TermEntry>> decades = new TreeMap<>();
        years.forEach(y -> decades.computeIfAbsent((y.year() / 10 * 10) + "", d -> new ArrayList<>())
                .add(new TermEntry(y.id(), String.valueOf(y.year()), "#" + y.id(), y.fiches().size(), y.countLabel(), null)));
        List<Decade> toc = decades.entrySet().stream()
                .map(e -> new Decade("Années " + e.getKey(), e.getValue()))
                .toList();
        Frame frame = context.frame(context.meta(path, "Chronologie",
                "Les pratiques selon leur année de début, de la plus ancienne à la plus récente.", "periodes"));
        return List.of(new PageJob(path, "periodes.ftl", new ChronologyPage(frame.page(), frame.site(), years, toc,
                context.charts().timeline("chronologie-barres", "", context.site().fiches(), true))));
    }
}
