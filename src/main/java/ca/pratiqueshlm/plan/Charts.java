package ca.pratiqueshlm.plan;

import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.model.Assumption;
import ca.pratiqueshlm.model.Category;
import ca.pratiqueshlm.model.DatedStatus;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Outcome;
import ca.pratiqueshlm.model.OutcomeTheme;
import ca.pratiqueshlm.model.Region;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.model.SourceRef;
import ca.pratiqueshlm.model.Status;
import ca.pratiqueshlm.plan.charts.CategoryChart;
import ca.pratiqueshlm.plan.charts.ChartFrame;
import ca.pratiqueshlm.plan.charts.HorizontalBars;
import ca.pratiqueshlm.plan.charts.OutcomeChart;
import ca.pratiqueshlm.plan.charts.RegionMap;
import ca.pratiqueshlm.plan.charts.Timeline;
import ca.pratiqueshlm.plan.charts.HorizontalBars.Bar;
import ca.pratiqueshlm.plan.charts.HorizontalBars.Section;
import ca.pratiqueshlm.plan.charts.RegionMap.RegionCount;
import ca.pratiqueshlm.plan.charts.Timeline.End;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The pictures of the site, from the fiches: the planners ask for one by page, with the page's root
 * so every link is relative; {@code links=false} draws it without links (for print).
 */
public final class Charts {
    private final Site site;
    private final SiteIndex index;

    public Charts(Site site, SiteIndex index) {
        this.site = site;
        this.index = index;
    }

    /** The map of the given fiches' regions; with links, a region without fiches leads to its line of the regions page. */
    public String regionMap(String id, String root, List<Fiche> fiches, boolean links) {
        List<RegionCount> regions = new ArrayList<>();
        for (Region region : site.registries().regions()) {
            int count = (int) fiches.stream().filter(f -> f.place().region().equals(region.code())).count();
            String href = !links ? null : count > 0 && index.regions().count(region.code()) > 0
                    ? root + Paths.region(region.code()) : root + "regions/index.html#region-" + region.code();
            regions.add(new RegionCount(region.code(), region.name(), count, href));
        }
        long covered = regions.stream().filter(r -> r.count() > 0 && !r.code().equals("00")).count();
        return RegionMap.counts(id, "Carte des régions : nombre de fiches par région administrative",
                "Carte schématique du Québec, une case par région administrative, placée selon sa position "
                        + "(Nord-du-Québec en haut, Gaspésie à l'est, Outaouais à l'ouest). Plus la case est foncée, "
                        + "plus la région compte de fiches. Des fiches dans " + covered + " régions sur 17."
                        + (links ? " Chaque case mène aux fiches de la région." : ""),
                regions);
    }

    /** The opening pictures of a printed booklet: the map and the timeline of its fiches, without links. */
    public record BookletCharts(String map, String timeline) {}

    /** Both at the booklet's text width, 600 CSS pixels (about 160 mm). */
    public BookletCharts booklet(String id, List<Fiche> fiches) {
        return new BookletCharts(ChartFrame.scaled(regionMap(id + "-carte", "", fiches, false), 600),
                ChartFrame.scaled(timeline(id + "-chronologie", "", fiches, false), 600));
    }

    /** The small map of a fiche page, its region marked. */
    public String locator(Fiche fiche) {
        String code = fiche.place().region();
        String name = site.registries().region(code).map(Region::name).orElse(code);
        return RegionMap.locator("carte-" + fiche.slug(), code, name);
    }

    /** One bar per fiche, grouped by primary category in the registry's order. */
    public String timeline(String id, String root, List<Fiche> fiches, boolean links) {
        List<Timeline.Group> groups = new ArrayList<>();
        for (Category category : site.registries().categories()) {
            // A fiche whose start year no source gives has no bar: nothing to place on the axis.
            List<Timeline.Bar> bars = fiches.stream()
                    .filter(f -> f.category().equals(category.id()) && f.period().start() != null)
                    .sorted(Comparator.comparing((Fiche f) -> f.period().start())
                            .thenComparing(index.titleOrder()))
                    .map(f -> bar(f, links ? root + Paths.fiche(f.slug()) : null))
                    .toList();
            if (!bars.isEmpty()) {
                groups.add(new Timeline.Group(category.name(), bars));
            }
        }
        return Timeline.of(id, "Chronologie des pratiques, de l'année de début à l'année de fin",
                "Une barre par fiche, regroupées par catégorie. Une flèche : la pratique était en cours selon "
                        + "la source la plus récente, dont l'année est indiquée. Un pointillé et un point "
                        + "d'interrogation : la source ne dit pas quand elle a pris fin. Hachures : année estimée.",
                groups);
    }

    private Timeline.Bar bar(Fiche fiche, String href) {
        int start = fiche.period().start();
        Integer end = fiche.period().end();
        boolean estimated = fiche.isEstimated(Assumption.START) || fiche.isEstimated(Assumption.END);
        String mark = estimated ? " (estimé)" : "";
        DatedStatus status = fiche.status();
        // How far we know: the year of the source that dates the status, else the fiche's most recent source.
        Integer asOf = status.year() != null ? status.year() : fiche.sources().stream().map(SourceRef::id)
                .map(id -> site.registries().source(id).map(s -> s.year()).orElse(null))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        if (end != null) {
            return new Timeline.Bar(fiche.title(), href, start, end, End.KNOWN, null, estimated,
                    fiche.period().label() + (status.value() == Status.ENDED ? ", terminée" : "") + mark);
        }
        if (status.value() == Status.ACTIVE && asOf != null) {
            return new Timeline.Bar(fiche.title(), href, start, null, End.ONGOING, Math.max(asOf, start), estimated,
                    "depuis " + start + ", en cours en " + asOf + mark);
        }
        String detail = status.value() == Status.ENDED ? start + ", terminée, fin non précisée"
                : "depuis " + start + ", fin non précisée";
        return new Timeline.Bar(fiche.title(), href, start, null, End.UNKNOWN, asOf, estimated, detail + mark);
    }

    /** The outcome index chart: on {@code retombees/index.html}, outcome pages are siblings. */
    public String outcomes() {
        List<Section> themes = new ArrayList<>();
        for (OutcomeTheme theme : site.registries().themes()) {
            List<Bar> bars = site.registries().outcomes().stream()
                    .filter(o -> o.theme().equals(theme.id()) && index.outcomes().count(o.id()) > 0)
                    .map((Outcome o) -> new Bar(o.label(), o.id() + ".html", index.outcomes().count(o.id())))
                    .toList();
            if (!bars.isEmpty()) {
                themes.add(new Section(theme.name(), "#theme-" + theme.id(), bars));
            }
        }
        return OutcomeChart.of("graphique-retombees", themes);
    }

    /** The header chart of a category page: its fiches by region (anchors on the page) and by period. */
    public String category(Category category, List<Fiche> fiches, String root) {
        Map<String, Integer> byRegion = new TreeMap<>();
        fiches.forEach(f -> byRegion.merge(f.place().region(), 1, Integer::sum));
        List<Bar> regions = byRegion.entrySet().stream()
                .map(e -> new Bar(site.registries().region(e.getKey()).map(Region::name).orElse(e.getKey()),
                        "#region-" + e.getKey(), e.getValue()))
                .toList();
        // Five-year periods of start, each linked to its first year in the chronology.
        Map<Integer, List<Integer>> byPeriod = new TreeMap<>();
        fiches.stream().filter(f -> f.period().start() != null)
                .forEach(f -> byPeriod.computeIfAbsent(f.period().start() / 5 * 5, p -> new ArrayList<>())
                        .add(f.period().start()));
        List<Bar> periods = byPeriod.entrySet().stream()
                .map(e -> new Bar(e.getKey() + "-" + (e.getKey() + 4),
                        root + Paths.startYear(e.getValue().stream().min(Integer::compare).orElseThrow()),
                        e.getValue().size()))
                .toList();
        return CategoryChart.of("graphique-" + category.id(), category.name(),
                new Section("Par région", null, regions), new Section("Par période de début", null, periods));
    }
}
