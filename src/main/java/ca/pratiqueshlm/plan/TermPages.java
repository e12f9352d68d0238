package ca.pratiqueshlm.plan;

import static ca.pratiqueshlm.plan.PlanContext.term;
import static ca.pratiqueshlm.plan.PlanContext.termCountLabel;

import ca.pratiqueshlm.index.FrenchCollation;
import ca.pratiqueshlm.index.Groupings;
import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.HousingType;
import ca.pratiqueshlm.model.Population;
import ca.pratiqueshlm.plan.IndexViews.TermEntry;
import ca.pratiqueshlm.plan.Pages.TermPage;
import ca.pratiqueshlm.plan.Pages.TermsPage;
import ca.pratiqueshlm.plan.SitePage.Frame;
import ca.pratiqueshlm.plan.Views.Group;
import ca.pratiqueshlm.plan.Views.LinkView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Housing types and populations: a list of each, and a page per term with its fiches by region. */
final class TermPages implements PagePlanner {
    private final PlanContext context;
    private final SiteIndex index;

    TermPages(PlanContext context) {
        this.context = context;
        this.index = context.index();
    }

    @Override
    public List<PageJob> plan() {
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(housingIndex());
        Stream.of(HousingType.values()).filter(t -> index.housingTypes().count(t.code()) > 0)
                .forEach(t -> jobs.add(housingType(t)));
        jobs.add(populationIndex());
        context.site().registries().populations().stream().filter(p -> index.populations().count(p.id()) > 0)
                .forEach(p -> jobs.add(population(p)));
        return jobs;
    }

    private PageJob housingIndex() {
        String path = "habitation/index.html";
        List<TermEntry> types = Stream.of(HousingType.values())
                .map(t -> term(t.code(), t.label(), t.code() + ".html", index.housingTypes().count(t.code()), null))
                .toList();
        Frame frame = context.frame(context.meta(path, "Types d'habitation",
                "Les fiches selon le type d'habitation sociale : HLM, coopératives et OBNL.", "habitation"));
        return new PageJob(path, "termes.ftl", new TermsPage(frame.page(), frame.site(), types,
                "Une pratique qui touche plusieurs types d'habitation est comptée sous chacun."));
    }

    private PageJob housingType(HousingType type) {
        return termPage(Paths.housingType(type.code()), type.label(),
                "Les pratiques menées en " + type.label() + ".", "habitation", "Types d'habitation",
                index.housingTypes().fiches(type.code()));
    }

    private PageJob populationIndex() {
        String path = "populations/index.html";
        List<TermEntry> populations = context.site().registries().populations().stream()
                .sorted(Comparator.comparing(Population::name, FrenchCollation.ORDER))
                .map(p -> term(p.id(), p.name(), p.id() + ".html", index.populations().count(p.id()), null))
                .toList();
        Frame frame = context.frame(context.meta(path, "Populations visées",
                "Les fiches selon les personnes à qui les pratiques s'adressent.", "populations"));
        return new PageJob(path, "termes.ftl", new TermsPage(frame.page(), frame.site(), populations,
                "Une pratique qui vise plusieurs populations est comptée sous chacune."));
    }

    private PageJob population(Population population) {
        return termPage(Paths.population(population.id()), population.name(),
                "Les pratiques qui visent : " + population.name() + ".", "populations", "Populations visées",
                index.populations().fiches(population.id()));
    }

    /** A term's fiches as cards, grouped by region. */
    private PageJob termPage(String path, String title, String description, String section, String parentTitle,
            List<Fiche> fiches) {
        String root = Paths.rootOf(path);
        List<Group> regions = Groupings.byRegion(fiches).entrySet().stream()
                .map(e -> context.group("region-" + e.getKey(), context.views().regionName(e.getKey()),
                        root + Paths.region(e.getKey()), null, e.getValue(), root))
                .toList();
        Frame frame = context.frame(context.meta(path, title, description, section));
        return new PageJob(path, "terme.ftl", new TermPage(frame.page(), frame.site(),
                new LinkView(title, path, description), parentTitle, termCountLabel(fiches.size()), regions));
    }
}
