package ca.pratiqueshlm.plan;

import static ca.pratiqueshlm.plan.PlanContext.termCountLabel;

import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.plan.Pages.ExplorePage;
import ca.pratiqueshlm.plan.Pages.OpenDataPage;
import ca.pratiqueshlm.plan.SitePage.Frame;
import ca.pratiqueshlm.plan.Views.LinkView;
import java.util.List;
import java.util.Objects;

/** The page that lists every way to browse, each with what it holds, and the open-data page. */
final class ExplorePages implements PagePlanner {
    private final PlanContext context;
    private final Site site;
    private final SiteIndex index;

    ExplorePages(PlanContext context) {
        this.context = context;
        this.site = context.site();
        this.index = context.index();
    }

    @Override
    public List<PageJob> plan() {
        return List.of(openData(), explore());
    }

    private PageJob openData() {
        String path = "donnees.html";
        Frame frame = context.frame(context.meta(path, "Données ouvertes",
                "Toutes les fiches en un fichier JSON et un fichier CSV, à réutiliser.", "donnees"));
        return new PageJob(path, "donnees.ftl", new OpenDataPage(frame.page(), frame.site(), site.fiches().size(),
                "https://github.com/" + site.config().repository() + "/blob/" + site.config().branch()
                        + "/docs/OPEN-DATA.md"));
    }

    private PageJob explore() {
        String path = "explorer.html";
        long regions = site.registries().regions().stream()
                .filter(r -> !r.code().equals("00") && index.regions().count(r.code()) > 0).count();
        List<Integer> years = site.fiches().stream().map(f -> f.period().start()).filter(Objects::nonNull)
                .sorted().toList();
        List<LinkView> ways = List.of(
                new LinkView("Par catégorie", "#categories", Formats.count(site.registries().categories().size(),
                        "catégorie", "catégories") + " de pratiques"),
                new LinkView("Par retombée", "retombees/index.html", Formats.count(
                        (int) site.registries().outcomes().stream().filter(o -> index.outcomes().count(o.id()) > 0).count(),
                        "retombée rapportée", "retombées rapportées") + ", regroupées par thème"),
                new LinkView("Par partenaire", "partenaires/index.html", Formats.count(partnersWithFiches(),
                        "organisme", "organismes") + ", de A à Z et par secteur, avec leurs sigles"),
                new LinkView("Par région", "regions/index.html", regions + " région" + (regions > 1 ? "s" : "")
                        + " sur 17, puis les municipalités"),
                new LinkView("Par type d'habitation", "habitation/index.html", "HLM, coopératives et OBNL"),
                new LinkView("Par population visée", "populations/index.html", Formats.count(
                        (int) site.registries().populations().stream().filter(p -> index.populations().count(p.id()) > 0)
                                .count(), "population", "populations")),
                new LinkView("Par période", "periodes.html", years.isEmpty() ? "aucune fiche"
                        : "des pratiques commencées de " + years.get(0) + " à " + years.get(years.size() - 1)),
                new LinkView("Par source", "sources.html", Formats.count(site.registries().sources().size(),
                        "document", "documents") + " d'origine"),
                new LinkView("Données ouvertes", "donnees.html", "toutes les fiches en JSON et en CSV"));
        List<LinkView> categories = site.registries().categories().stream()
                .map(c -> new LinkView(c.name(), Paths.category(c.id()), termCountLabel(index.categories().count(c.id()))))
                .toList();
        Frame frame = context.frame(context.meta(path, "Explorer les fiches",
                "Toutes les façons de parcourir les fiches : par catégorie, retombée, partenaire, région, "
                        + "type d'habitation, population et période.", "explorer"));
        return new PageJob(path, "explorer.ftl", new ExplorePage(frame.page(), frame.site(), ways, categories));
    }

    private int partnersWithFiches() {
        return (int) site.registries().partners().stream().filter(p -> !index.partnerFiches(p.id()).isEmpty()).count();
    }
}
