package ca.pratiqueshlm.plan;

import static ca.pratiqueshlm.plan.PlanContext.term;
import static ca.pratiqueshlm.plan.PlanContext.termCountLabel;

import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Outcome;
import ca.pratiqueshlm.model.OutcomeStatement;
import ca.pratiqueshlm.model.OutcomeTheme;
import ca.pratiqueshlm.plan.IndexViews.StatementView;
import ca.pratiqueshlm.plan.IndexViews.ThemeGroup;
import ca.pratiqueshlm.plan.Pages.OutcomePage;
import ca.pratiqueshlm.plan.Pages.OutcomesPage;
import ca.pratiqueshlm.plan.SitePage.Frame;
import ca.pratiqueshlm.plan.Views.LinkView;
import java.util.ArrayList;
import java.util.List;

/** Outcomes by theme, and a page per reported outcome with what each fiche says of it. */
final class OutcomePages implements PagePlanner {
    private final PlanContext context;
    private final SiteIndex index;

    OutcomePages(PlanContext context) {
        this.context = context;
        this.index = context.index();
    }

    @Override
    public List<PageJob> plan() {
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(outcomeIndex());
        context.site().registries().outcomes().stream().filter(o -> index.outcomes().count(o.id()) > 0)
                .forEach(o -> jobs.add(outcome(o)));
        return jobs;
    }

    private PageJob outcomeIndex() {
        String path = "retombees/index.html";
        List<ThemeGroup> themes = new ArrayList<>();
        for (OutcomeTheme theme : context.site().registries().themes()) {
            List<Outcome> outcomes = context.site().registries().outcomes().stream()
                    .filter(o -> o.theme().equals(theme.id()) && index.outcomes().count(o.id()) > 0)
                    .toList();
            if (outcomes.isEmpty()) {
                continue;
            }
            long fiches = outcomes.stream().flatMap(o -> index.outcomes().fiches(o.id()).stream())
                    .map(Fiche::slug).distinct().count();
            themes.add(new ThemeGroup("theme-" + theme.id(), theme.name(), termCountLabel((int) fiches),
                    outcomes.stream().map(o -> term(o.id(), o.label(), o.id() + ".html",
                            index.outcomes().count(o.id()), null)).toList()));
        }
        int reporting = (int) context.site().fiches().stream().filter(f -> !f.outcomes().isEmpty()).count();
        Frame frame = context.frame(context.meta(path, "Retombées",
                "Ce que les pratiques ont produit, par thème, avec le nombre de fiches qui le rapportent.", "retombees"));
        return new PageJob(path, "retombees.ftl", new OutcomesPage(frame.page(), frame.site(), themes,
                termCountLabel(reporting), context.charts().outcomes()));
    }

    private PageJob outcome(Outcome outcome) {
        String path = Paths.outcome(outcome.id());
        String root = Paths.rootOf(path);
        List<StatementView> statements = new ArrayList<>();
        for (Fiche fiche : index.outcomes().fiches(outcome.id())) {
            String defaultSource = fiche.sources().get(0).id();
            for (OutcomeStatement s : fiche.outcomes()) {
                if (s.id().equals(outcome.id())) {
                    String source = s.source() == null ? defaultSource : s.source();
                    statements.add(new StatementView(fiche.title(), root + Paths.fiche(fiche.slug()),
                            context.views().place(fiche), s.statement(), s.indicator(),
                            context.views().shortCitation(source, s.locator())));
                }
            }
        }
        OutcomeTheme theme = context.site().registries().theme(outcome.theme()).orElseThrow();
        int count = index.outcomes().count(outcome.id());
        Frame frame = context.frame(context.meta(path, outcome.label(),
                outcome.label() + " : ce qu'en disent " + termCountLabel(count) + ".", "retombees"));
        return new PageJob(path, "retombee.ftl", new OutcomePage(frame.page(), frame.site(),
                new LinkView(outcome.label(), path, theme.name()), "index.html#theme-" + theme.id(),
                statements, termCountLabel(count)));
    }
}
