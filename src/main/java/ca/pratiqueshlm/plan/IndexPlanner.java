package ca.pratiqueshlm.plan;

import ca.pratiqueshlm.index.FrenchCollation;
import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.index.Taxonomy;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Funding;
import ca.pratiqueshlm.model.HousingType;
import ca.pratiqueshlm.model.Outcome;
import ca.pratiqueshlm.model.OutcomeStatement;
import ca.pratiqueshlm.model.OutcomeTheme;
import ca.pratiqueshlm.model.Partner;
import ca.pratiqueshlm.model.PartnerRole;
import ca.pratiqueshlm.model.Population;
import ca.pratiqueshlm.model.Region;
import ca.pratiqueshlm.model.Sector;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.plan.IndexViews.ChronoEntry;
import ca.pratiqueshlm.plan.IndexViews.IndexEntry;
import ca.pratiqueshlm.plan.IndexViews.LetterGroup;
import ca.pratiqueshlm.plan.IndexViews.LocalityEntry;
import ca.pratiqueshlm.plan.IndexViews.LocalityGroup;
import ca.pratiqueshlm.plan.IndexViews.RegionEntry;
import ca.pratiqueshlm.plan.IndexViews.RoleView;
import ca.pratiqueshlm.plan.IndexViews.SectorGroup;
import ca.pratiqueshlm.plan.IndexViews.StatementView;
import ca.pratiqueshlm.plan.IndexViews.TermEntry;
import ca.pratiqueshlm.plan.IndexViews.ThemeGroup;
import ca.pratiqueshlm.plan.IndexViews.YearGroup;
import ca.pratiqueshlm.plan.Pages.ChronologyPage;
import ca.pratiqueshlm.plan.Pages.Decade;
import ca.pratiqueshlm.plan.Pages.ExplorePage;
import ca.pratiqueshlm.plan.Pages.OpenDataPage;
import ca.pratiqueshlm.plan.Pages.OutcomePage;
import ca.pratiqueshlm.plan.Pages.OutcomesPage;
import ca.pratiqueshlm.plan.Pages.PartnerPage;
import ca.pratiqueshlm.plan.Pages.PartnersPage;
import ca.pratiqueshlm.plan.Pages.RegionPage;
import ca.pratiqueshlm.plan.Pages.RegionsPage;
import ca.pratiqueshlm.plan.Pages.TermPage;
import ca.pratiqueshlm.plan.Pages.TermsPage;
import ca.pratiqueshlm.plan.SitePage.Frame;
import ca.pratiqueshlm.plan.Views.Group;
import ca.pratiqueshlm.plan.Views.LinkView;
import ca.pratiqueshlm.validation.Slugs;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The browsing pages: partners (A-Z and by sector), outcomes by theme, regions and municipalities,
 * housing types, populations and the chronology of start years, each with counts taken from the fiches.
 */
final class IndexPlanner {
    /** Where a fiche without municipality nor MRC goes on its region page. */
    static final String WHOLE_REGION = "Ensemble de la région";

    private final SitePlanner pages;
    private final Site site;
    private final SiteIndex index;
    private final ViewFactory views;
    /** Partners named as funder of an amount: they get a page even without a role. */
    private final Taxonomy funders;

    IndexPlanner(SitePlanner pages, Site site, SiteIndex index, ViewFactory views) {
        this.pages = pages;
        this.site = site;
        this.index = index;
        this.views = views;
        this.funders = Taxonomy.of(site.fiches(), f -> f.funding().stream().map(Funding::funder)
                .filter(Objects::nonNull).toList());
    }

    List<PageJob> plan() {
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(partnerIndex());
        partnersWithFiches().forEach(p -> jobs.add(partner(p)));
        jobs.add(outcomeIndex());
        site.registries().outcomes().stream().filter(o -> index.outcomes().count(o.id()) > 0)
                .forEach(o -> jobs.add(outcome(o)));
        jobs.add(regionIndex());
        site.registries().regions().stream().filter(r -> index.regions().count(r.code()) > 0)
                .forEach(r -> jobs.add(region(r)));
        jobs.add(housingIndex());
        housingTypesWithFiches().forEach(t -> jobs.add(housingType(t)));
        jobs.add(populationIndex());
        site.registries().populations().stream().filter(p -> index.populations().count(p.id()) > 0)
                .forEach(p -> jobs.add(population(p)));
        jobs.add(chronology());
        jobs.add(openData());
        jobs.add(explore());
        return jobs;
    }

    // --- Partners -------------------------------------------------------------------------------

    private List<Partner> partnersWithFiches() {
        return site.registries().partners().stream().filter(p -> ficheCount(p) > 0).toList();
    }

    private int ficheCount(Partner partner) {
        return fichesOf(partner).size();
    }

    /** Fiches where the partner has a role or pays an amount, by title. */
    private List<Fiche> fichesOf(Partner partner) {
        Set<Fiche> fiches = new LinkedHashSet<>(index.partners().fiches(partner.id()));
        fiches.addAll(funders.fiches(partner.id()));
        return fiches.stream().sorted(Comparator.comparing(Fiche::title, FrenchCollation.ORDER)).toList();
    }

    private PageJob partnerIndex() {
        String path = "partenaires/index.html";
        // Every partner of the registry is listed; those without a fiche yet have no page.
        List<Partner> partners = site.registries().partners();
        List<IndexEntry> entries = new ArrayList<>();
        for (Partner p : partners) {
            int count = ficheCount(p);
            String href = count == 0 ? null : p.id() + ".html";
            entries.add(new IndexEntry("partenaire-" + p.id(), p.displayName(), href,
                    p.sector().label() + " · " + countLabel(count), null));
            otherNames(p).forEach(other -> entries.add(new IndexEntry(null, other, href == null ? "#partenaire-" + p.id() : href,
                    null, p.displayName())));
        }
        Map<String, List<IndexEntry>> byLetter = new TreeMap<>(FrenchCollation.ORDER);
        entries.stream()
                .sorted(Comparator.comparing((IndexEntry e) -> sortKey(e.label()), FrenchCollation.ORDER)
                        .thenComparing(IndexEntry::label, FrenchCollation.ORDER))
                .forEach(e -> byLetter.computeIfAbsent(letter(e.label()), l -> new ArrayList<>()).add(e));
        List<LetterGroup> letters = byLetter.entrySet().stream()
                .map(e -> new LetterGroup(e.getKey(), "lettre-" + Slugs.slugify(e.getKey()), e.getValue()))
                .toList();
        List<SectorGroup> sectors = new ArrayList<>();
        for (Sector sector : Sector.values()) {
            List<TermEntry> members = partners.stream().filter(p -> p.sector() == sector)
                    .sorted(Comparator.comparing(Partner::name, FrenchCollation.ORDER))
                    .map(p -> term(p.id(), p.displayName(), p.id() + ".html", ficheCount(p), null))
                    .toList();
            if (!members.isEmpty()) {
                sectors.add(new SectorGroup("secteur-" + sector.code(), sector.label(),
                        Formats.count(members.size(), "partenaire", "partenaires"), members));
            }
        }
        Frame frame = pages.frame(pages.meta(path, "Partenaires",
                "Les organismes engagés dans les pratiques, de A à Z et par secteur, avec leurs sigles.", "partenaires"));
        return new PageJob(path, "partenaires.ftl", new PartnersPage(frame.page(), frame.site(), letters, sectors,
                Formats.count(partners.size(), "partenaire", "partenaires")));
    }

    /**
     * The names a reader may search for besides the full one: the acronym, then the aliases that are
     * more than a variant of case, accents or punctuation of the name.
     */
    static List<String> otherNames(Partner partner) {
        Set<String> seen = new java.util.HashSet<>();
        seen.add(comparable(partner.name()));
        seen.add(comparable(partner.displayName()));
        List<String> others = new ArrayList<>();
        Stream.concat(Stream.ofNullable(partner.acronym()), partner.aliases().stream())
                .filter(name -> name != null && !name.isBlank())
                .filter(name -> seen.add(comparable(name)))
                .forEach(others::add);
        return others;
    }

    private static String comparable(String name) {
        return Slugs.slugify(sortKey(name));
    }

    /** Ignores a leading article so "L'Amitié" files under A, as in a printed index. */
    private static String sortKey(String label) {
        return label.replaceFirst("^(?i)(l'|l’|le |la |les )", "");
    }

    private static String letter(String label) {
        String first = Normalizer.normalize(sortKey(label).substring(0, 1), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toUpperCase(Locale.CANADA_FRENCH);
        return Character.isLetter(first.charAt(0)) ? first : "#";
    }

    private PageJob partner(Partner partner) {
        String path = Paths.partner(partner.id());
        String root = Paths.rootOf(path);
        List<RoleView> roles = new ArrayList<>();
        for (Fiche fiche : fichesOf(partner)) {
            String role = fiche.partners().stream().filter(r -> r.id().equals(partner.id()))
                    .map(PartnerRole::role).filter(Objects::nonNull).collect(Collectors.joining(" ; "));
            List<String> amounts = fiche.funding().stream().filter(f -> partner.id().equals(f.funder()))
                    .map(f -> Formats.money(f.amount()) + " (" + f.nature().label().toLowerCase(Locale.CANADA_FRENCH)
                            + (f.label() == null ? "" : " : " + f.label()) + ")")
                    .toList();
            roles.add(new RoleView(views.card(fiche, root), role.isEmpty() ? null : role, amounts));
        }
        // Who this partner works with most often: the other partners of its fiches, by shared fiches.
        Map<String, Long> shared = fichesOf(partner).stream()
                .flatMap(f -> Stream.concat(f.partners().stream().map(PartnerRole::id),
                        f.funding().stream().map(Funding::funder).filter(Objects::nonNull)).distinct())
                .filter(id -> !id.equals(partner.id()))
                .collect(Collectors.groupingBy(id -> id, TreeMap::new, Collectors.counting()));
        List<TermEntry> colleagues = shared.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(
                        e -> site.registries().partner(e.getKey()).orElseThrow().name(), FrenchCollation.ORDER))
                .limit(10)
                .map(e -> {
                    Partner other = site.registries().partner(e.getKey()).orElseThrow();
                    return term(other.id(), other.displayName(), other.id() + ".html", e.getValue().intValue(),
                            Formats.count(e.getValue().intValue(), "fiche en commun", "fiches en commun"));
                })
                .toList();
        String description = partner.displayName() + " : " + countLabel(roles.size())
                + " et son rôle dans chacune.";
        Frame frame = pages.frame(pages.meta(path, partner.displayName(), description, "partenaires"));
        return new PageJob(path, "partenaire.ftl", new PartnerPage(frame.page(), frame.site(),
                new LinkView(partner.displayName(), path, partner.sector().label()),
                partner.acronym() == null ? "" : partner.acronym(),
                "index.html#secteur-" + partner.sector().code(),
                otherNames(partner).stream().filter(n -> !n.equals(partner.acronym())).toList(),
                roles, colleagues, countLabel(roles.size())));
    }

    // --- Outcomes -------------------------------------------------------------------------------

    private PageJob outcomeIndex() {
        String path = "retombees/index.html";
        List<ThemeGroup> themes = new ArrayList<>();
        for (OutcomeTheme theme : site.registries().themes()) {
            List<Outcome> outcomes = site.registries().outcomes().stream()
                    .filter(o -> o.theme().equals(theme.id()) && index.outcomes().count(o.id()) > 0)
                    .toList();
            if (outcomes.isEmpty()) {
                continue;
            }
            long fiches = outcomes.stream().flatMap(o -> index.outcomes().fiches(o.id()).stream())
                    .map(Fiche::slug).distinct().count();
            themes.add(new ThemeGroup("theme-" + theme.id(), theme.name(), countLabel((int) fiches),
                    outcomes.stream().map(o -> term(o.id(), o.label(), o.id() + ".html",
                            index.outcomes().count(o.id()), null)).toList()));
        }
        int reporting = (int) site.fiches().stream().filter(f -> !f.outcomes().isEmpty()).count();
        Frame frame = pages.frame(pages.meta(path, "Retombées",
                "Ce que les pratiques ont produit, par thème, avec le nombre de fiches qui le rapportent.", "retombees"));
        return new PageJob(path, "retombees.ftl", new OutcomesPage(frame.page(), frame.site(), themes,
                countLabel(reporting)));
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
                            views.place(fiche), s.statement(), s.indicator(),
                            views.shortCitation(source, s.locator())));
                }
            }
        }
        OutcomeTheme theme = site.registries().theme(outcome.theme()).orElseThrow();
        int count = index.outcomes().count(outcome.id());
        Frame frame = pages.frame(pages.meta(path, outcome.label(),
                outcome.label() + " : ce qu'en disent " + countLabel(count) + ".", "retombees"));
        return new PageJob(path, "retombee.ftl", new OutcomePage(frame.page(), frame.site(),
                new LinkView(outcome.label(), path, theme.name()), "index.html#theme-" + theme.id(),
                statements, countLabel(count)));
    }

    // --- Regions --------------------------------------------------------------------------------

    /** Municipality, else the MRC, else the whole region: how a reader names where a practice is. */
    static String locality(Fiche fiche) {
        if (ca.pratiqueshlm.model.Place.isGiven(fiche.place().municipality())) {
            return ca.pratiqueshlm.model.FicheLabels.municipality(fiche);
        }
        if (ca.pratiqueshlm.model.Place.isGiven(fiche.place().mrc())) {
            return "MRC " + ca.pratiqueshlm.model.FicheLabels.mrc(fiche);
        }
        return WHOLE_REGION;
    }

    /** Localities of a region by name, the whole region last, each with its fiches by title. */
    private static Map<String, List<Fiche>> byLocality(List<Fiche> fiches) {
        Comparator<String> order = Comparator.comparing((String l) -> l.equals(WHOLE_REGION))
                .thenComparing(FrenchCollation.ORDER);
        Map<String, List<Fiche>> map = new TreeMap<>(order);
        fiches.forEach(f -> map.computeIfAbsent(locality(f), l -> new ArrayList<>()).add(f));
        return map;
    }

    private static String localityId(String locality) {
        return "lieu-" + Slugs.slugify(locality);
    }

    private PageJob regionIndex() {
        String path = "regions/index.html";
        List<RegionEntry> regions = new ArrayList<>();
        for (Region region : site.registries().regions()) {
            List<Fiche> fiches = index.regions().fiches(region.code());
            String page = fiches.isEmpty() ? null : region.code() + ".html";
            List<LocalityEntry> localities = byLocality(fiches).entrySet().stream()
                    .map(e -> new LocalityEntry(localityId(e.getKey()), e.getKey(), page + "#" + localityId(e.getKey()),
                            countLabel(e.getValue().size()),
                            e.getValue().stream().map(f -> new LinkView(f.title(), "../" + Paths.fiche(f.slug()), null))
                                    .toList()))
                    .toList();
            regions.add(new RegionEntry(region.code(), "region-" + region.code(), region.name(), page,
                    fiches.size(), countLabel(fiches.size()), localities));
        }
        long covered = regions.stream().filter(r -> r.count() > 0 && !r.code().equals("00")).count();
        Frame frame = pages.frame(pages.meta(path, "Régions",
                "Les fiches par région administrative du Québec, puis par municipalité.", "regions"));
        return new PageJob(path, "regions.ftl", new RegionsPage(frame.page(), frame.site(), regions,
                covered + " région" + (covered > 1 ? "s" : "") + " administrative" + (covered > 1 ? "s" : "") + " sur 17"));
    }

    private PageJob region(Region region) {
        String path = Paths.region(region.code());
        String root = Paths.rootOf(path);
        List<Fiche> fiches = index.regions().fiches(region.code());
        List<LocalityGroup> localities = byLocality(fiches).entrySet().stream()
                .map(e -> new LocalityGroup(localityId(e.getKey()), e.getKey(), countLabel(e.getValue().size()),
                        views.cards(e.getValue(), root)))
                .toList();
        String title = region.code().equals("00") ? region.name() : region.name() + " (" + region.code() + ")";
        Frame frame = pages.frame(pages.meta(path, title,
                region.name() + " : " + countLabel(fiches.size()) + " de pratiques, par municipalité.", "regions"));
        return new PageJob(path, "region.ftl", new RegionPage(frame.page(), frame.site(),
                new LinkView(title, path, region.code()), localities, countLabel(fiches.size())));
    }

    // --- Housing types and populations ----------------------------------------------------------

    private List<HousingType> housingTypesWithFiches() {
        return Stream.of(HousingType.values()).filter(t -> index.housingTypes().count(t.code()) > 0).toList();
    }

    private PageJob housingIndex() {
        String path = "habitation/index.html";
        List<TermEntry> types = Stream.of(HousingType.values())
                .map(t -> term(t.code(), t.label(), t.code() + ".html", index.housingTypes().count(t.code()), null))
                .toList();
        Frame frame = pages.frame(pages.meta(path, "Types d'habitation",
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
        List<TermEntry> populations = site.registries().populations().stream()
                .sorted(Comparator.comparing(Population::name, FrenchCollation.ORDER))
                .map(p -> term(p.id(), p.name(), p.id() + ".html", index.populations().count(p.id()), null))
                .toList();
        Frame frame = pages.frame(pages.meta(path, "Populations visées",
                "Les fiches selon les personnes à qui les pratiques s'adressent.", "populations"));
        return new PageJob(path, "termes.ftl", new TermsPage(frame.page(), frame.site(), populations,
                "Une pratique qui vise plusieurs populations est comptée sous chacune."));
    }

    private PageJob population(Population population) {
        return termPage(Paths.population(population.id()), population.name(),
                "Les pratiques qui visent : " + population.name() + ".", "populations", "Populations visées",
                index.populations().fiches(population.id()));
    }

    /** A term's fiches as cards, grouped by region once there are enough to need it. */
    private PageJob termPage(String path, String title, String description, String section, String parentTitle,
            List<Fiche> fiches) {
        String root = Paths.rootOf(path);
        Map<String, List<Fiche>> byRegion = new TreeMap<>();
        fiches.forEach(f -> byRegion.computeIfAbsent(f.place().region(), r -> new ArrayList<>()).add(f));
        List<Group> regions = byRegion.entrySet().stream()
                .map(e -> pages.group("region-" + e.getKey(), views.regionName(e.getKey()),
                        root + Paths.region(e.getKey()), null, e.getValue(), root))
                .toList();
        Frame frame = pages.frame(pages.meta(path, title, description, section));
        return new PageJob(path, "terme.ftl", new TermPage(frame.page(), frame.site(),
                new LinkView(title, path, description), parentTitle, countLabel(fiches.size()), regions));
    }

    // --- Chronology -----------------------------------------------------------------------------

    private PageJob chronology() {
        String path = "periodes.html";
        Map<Integer, List<Fiche>> byYear = new TreeMap<>();
        // A start year the source does not give has no place on a timeline.
        site.fiches().stream().filter(f -> f.period().start() != null)
                .forEach(f -> byYear.computeIfAbsent(f.period().start(), y -> new ArrayList<>()).add(f));
        List<YearGroup> years = byYear.entrySet().stream()
                .map(e -> new YearGroup(e.getKey(), "annee-" + e.getKey(), countLabel(e.getValue().size()),
                        e.getValue().stream()
                                .sorted(Comparator.comparing(Fiche::title, FrenchCollation.ORDER))
                                .map(f -> new ChronoEntry(f.title(), Paths.fiche(f.slug()), ViewFactory.period(f),
                                        views.place(f), views.status(f), views.categoryName(f.category())))
                                .toList()))
                .toList();
        Map<String, List<TermEntry>> decades = new TreeMap<>();
        years.forEach(y -> decades.computeIfAbsent((y.year() / 10 * 10) + "", d -> new ArrayList<>())
                .add(new TermEntry(y.id(), String.valueOf(y.year()), "#" + y.id(), y.fiches().size(), y.countLabel(), null)));
        List<Decade> toc = decades.entrySet().stream()
                .map(e -> new Decade("Années " + e.getKey(), e.getValue()))
                .toList();
        Frame frame = pages.frame(pages.meta(path, "Chronologie",
                "Les pratiques selon leur année de début, de la plus ancienne à la plus récente.", "periodes"));
        return new PageJob(path, "periodes.ftl", new ChronologyPage(frame.page(), frame.site(), years, toc));
    }

    private PageJob openData() {
        String path = "donnees.html";
        Frame frame = pages.frame(pages.meta(path, "Données ouvertes",
                "Toutes les fiches en un fichier JSON et un fichier CSV, à réutiliser.", "donnees"));
        return new PageJob(path, "donnees.ftl", new OpenDataPage(frame.page(), frame.site(), site.fiches().size(),
                "https://github.com/" + site.config().repository() + "/blob/" + site.config().branch()
                        + "/docs/OPEN-DATA.md"));
    }

    /** One page that lists every way to browse, each with what it holds. */
    private PageJob explore() {
        String path = "explorer.html";
        long regions = site.registries().regions().stream()
                .filter(r -> !r.code().equals("00") && index.regions().count(r.code()) > 0).count();
        List<Integer> years = site.fiches().stream().map(f -> f.period().start()).filter(java.util.Objects::nonNull)
                .sorted().toList();
        List<LinkView> ways = List.of(
                new LinkView("Par catégorie", "#categories", Formats.count(site.registries().categories().size(),
                        "catégorie", "catégories") + " de pratiques"),
                new LinkView("Par retombée", "retombees/index.html", Formats.count(
                        (int) site.registries().outcomes().stream().filter(o -> index.outcomes().count(o.id()) > 0).count(),
                        "retombée rapportée", "retombées rapportées") + ", regroupées par thème"),
                new LinkView("Par partenaire", "partenaires/index.html", Formats.count(partnersWithFiches().size(),
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
                .map(c -> new LinkView(c.name(), Paths.category(c.id()), countLabel(index.categories().count(c.id()))))
                .toList();
        Frame frame = pages.frame(pages.meta(path, "Explorer les fiches",
                "Toutes les façons de parcourir les fiches : par catégorie, retombée, partenaire, région, "
                        + "type d'habitation, population et période.", "explorer"));
        return new PageJob(path, "explorer.ftl", new ExplorePage(frame.page(), frame.site(), ways, categories));
    }

    // --- Helpers --------------------------------------------------------------------------------

    private static TermEntry term(String id, String label, String href, int count, String detail) {
        return new TermEntry(id, label, count == 0 ? null : href, count, countLabel(count), detail);
    }

    private static String countLabel(int count) {
        return count == 0 ? "aucune fiche" : Formats.count(count, "fiche", "fiches");
    }
}
