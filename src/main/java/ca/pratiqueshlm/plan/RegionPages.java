package ca.pratiqueshlm.plan;

import static ca.pratiqueshlm.plan.PlanContext.termCountLabel;

import ca.pratiqueshlm.index.Groupings;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Region;
import ca.pratiqueshlm.plan.IndexViews.LocalityEntry;
import ca.pratiqueshlm.plan.IndexViews.LocalityGroup;
import ca.pratiqueshlm.plan.IndexViews.RegionEntry;
import ca.pratiqueshlm.plan.Pages.RegionPage;
import ca.pratiqueshlm.plan.Pages.RegionsPage;
import ca.pratiqueshlm.plan.SitePage.Frame;
import ca.pratiqueshlm.plan.Views.LinkView;
import ca.pratiqueshlm.validation.Slugs;
import java.util.ArrayList;
import java.util.List;

/** The administrative regions with their municipalities, and a page per region that has fiches. */
final class RegionPages implements PagePlanner {
    private final PlanContext context;

    RegionPages(PlanContext context) {
        this.context = context;
    }

    @Override
    public List<PageJob> plan() {
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(regionIndex());
        context.site().registries().regions().stream().filter(r -> context.index().regions().count(r.code()) > 0)
                .forEach(r -> jobs.add(region(r)));
        return jobs;
    }

    private static String localityId(String locality) {
        return "lieu-" + Slugs.slugify(locality);
    }

    private PageJob regionIndex() {
        String path = "regions/index.html";
        List<RegionEntry> regions = new ArrayList<>();
        for (Region region : context.site().registries().regions()) {
            List<Fiche> fiches = context.index().regions().fiches(region.code());
            String page = fiches.isEmpty() ? null : region.code() + ".html";
            List<LocalityEntry> localities = Groupings.byLocality(fiches).entrySet().stream()
                    .map(e -> new LocalityEntry(localityId(e.getKey()), e.getKey(), page + "#" + localityId(e.getKey()),
                            termCountLabel(e.getValue().size()),
                            e.getValue().stream().map(f -> new LinkView(f.title(), "../" + Paths.fiche(f.slug()), null))
                                    .toList()))
                    .toList();
            regions.add(new RegionEntry(region.code(), "region-" + region.code(), region.name(), page,
                    fiches.size(), termCountLabel(fiches.size()), localities));
        }
        long covered = regions.stream().filter(r -> r.count() > 0 && !r.code().equals("00")).count();
        Frame frame = context.frame(context.meta(path, "Régions",
                "Les fiches par région administrative du Québec, puis par municipalité.", "regions"));
        return new PageJob(path, "regions.ftl", new RegionsPage(frame.page(), frame.site(), regions,
                covered + " région" + (covered > 1 ? "s" : "") + " administrative" + (covered > 1 ? "s" : "") + " sur 17",
                context.charts().regionMap("carte-regions", "../", context.site().fiches(), true)));
    }

    private PageJob region(Region region) {
        String path = Paths.region(region.code());
        String root = Paths.rootOf(path);
        List<Fiche> fiches = context.index().regions().fiches(region.code());
        List<LocalityGroup> localities = Groupings.byLocality(fiches).entrySet().stream()
                .map(e -> new LocalityGroup(localityId(e.getKey()), e.getKey(), termCountLabel(e.getValue().size()),
                        context.views().cards(e.getValue(), root)))
                .toList();
        String title = region.code().equals("00") ? region.name() : region.name() + " (" + region.code() + ")";
        Frame frame = context.frame(context.meta(path, title,
                region.name() + " : " + termCountLabel(fiches.size()) + " de pratiques, par municipalité.", "regions"));
        return new PageJob(path, "region.ftl", new RegionPage(frame.page(), frame.site(),
                new LinkView(title, path, region.code()), localities, termCountLabel(fiches.size())));
    }
}
