package ca.pratiqueshlm.plan;

import static ca.pratiqueshlm.plan.PlanContext.term;
import static ca.pratiqueshlm.plan.PlanContext.termCountLabel;

import ca.pratiqueshlm.index.CollationKeys;
import ca.pratiqueshlm.index.FrenchCollation;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Folding;
import ca.pratiqueshlm.model.Funding;
import ca.pratiqueshlm.model.Partner;
import ca.pratiqueshlm.model.PartnerRole;
import ca.pratiqueshlm.model.Sector;
import ca.pratiqueshlm.plan.IndexViews.IndexEntry;
import ca.pratiqueshlm.plan.IndexViews.LetterGroup;
import ca.pratiqueshlm.plan.IndexViews.RoleView;
import ca.pratiqueshlm.plan.IndexViews.SectorGroup;
import ca.pratiqueshlm.plan.IndexViews.TermEntry;
import ca.pratiqueshlm.plan.Pages.PartnerPage;
import ca.pratiqueshlm.plan.Pages.PartnersPage;
import ca.pratiqueshlm.plan.SitePage.Frame;
import ca.pratiqueshlm.plan.Views.LinkView;
import ca.pratiqueshlm.validation.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The partners' A-Z and by-sector index, and a page per partner with its roles and colleagues. */
final class PartnerPages implements PagePlanner {
    private final PlanContext context;

    PartnerPages(PlanContext context) {
        this.context = context;
    }

    @Override
    public List<PageJob> plan() {
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(partnerIndex());
        Map<String, Integer> nameRanks = nameRanks();
        withFiches().forEach(p -> jobs.add(partner(p, nameRanks)));
        return jobs;
    }

    /**
     * Each partner's place in French order of names (equal names share one), computed once so the
     * colleagues of every partner page are sorted without a collator or a registry look-up.
     */
    private Map<String, Integer> nameRanks() {
        return FrenchCollation.ranks(FrenchCollation.sorted(context.site().registries().partners(), Partner::name,
                context.views().labelKeys()), Partner::name, Partner::id);
    }

    /** Partners that have a role in, or pay for, at least one fiche: those that get a page. */
    List<Partner> withFiches() {
        return context.site().registries().partners().stream().filter(p -> ficheCount(p) > 0).toList();
    }

    private int ficheCount(Partner partner) {
        return context.index().partnerFiches(partner.id()).size();
    }

    private PageJob partnerIndex() {
        String path = "partenaires/index.html";
        // Every partner of the registry is listed; those without a fiche yet have no page.
        List<Partner> partners = context.site().registries().partners();
        List<IndexEntry> entries = new ArrayList<>();
        for (Partner p : partners) {
            int count = ficheCount(p);
            String href = count == 0 ? null : p.id() + ".html";
            entries.add(new IndexEntry("partenaire-" + p.id(), p.displayName(), href,
                    p.sector().label() + " · " + termCountLabel(count), null));
            otherNames(p).forEach(other -> entries.add(new IndexEntry(null, other, href == null ? "#partenaire-" + p.id() : href,
                    null, p.displayName())));
        }
        Map<String, List<IndexEntry>> byLetter = new TreeMap<>(FrenchCollation.ORDER);
        // By label, then (stable) by sort key: the order of comparing sort keys then labels, with one
        // collation key per text instead of the collator at every comparison.
        record Keyed(IndexEntry entry, String key) {}
        CollationKeys keys = context.views().labelKeys();
        List<Keyed> byLabel = FrenchCollation.sorted(entries, IndexEntry::label, keys).stream()
                .map(e -> new Keyed(e, sortKey(e.label()))).toList();
        FrenchCollation.sorted(byLabel, Keyed::key, keys).stream()
                .map(Keyed::entry)
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
        Frame frame = context.frame(context.meta(path, "Partenaires",
                "Les organismes engagés dans les pratiques, de A à Z et par secteur, avec leurs sigles.", "partenaires"));
        return new PageJob(path, "partenaires.ftl", new PartnersPage(frame.page(), frame.site(), letters, sectors,
                Formats.count(partners.size(), "partenaire", "partenaires")));
    }

    /**
     * The names a reader may search for besides the full one: the acronym, then the aliases that are
     * more than a variant of case, accents or punctuation of the name.
     */
    static List<String> otherNames(Partner partner) {
        Set<String> seen = new HashSet<>();
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

    private static final java.util.regex.Pattern LEADING_ARTICLE = java.util.regex.Pattern.compile("^(?i)(l'|l’|le |la |les )");

    /** Ignores a leading article so "L'Amitié" files under A, as in a printed index. */
    private static String sortKey(String label) {
        return LEADING_ARTICLE.matcher(label).replaceFirst("");
    }

    private static String letter(String label) {
        String first = Folding.fold(sortKey(label).substring(0, 1)).toUpperCase(Locale.CANADA_FRENCH);
        return !first.isEmpty() && Character.isLetter(first.charAt(0)) ? first.substring(0, 1) : "#";
    }

    private PageJob partner(Partner partner, Map<String, Integer> nameRanks) {
        String path = Paths.partner(partner.id());
        String root = Paths.rootOf(path);
        List<Fiche> fiches = context.index().partnerFiches(partner.id());
        List<RoleView> roles = new ArrayList<>();
        for (Fiche fiche : fiches) {
            String role = fiche.partners().stream().filter(r -> r.id().equals(partner.id()))
                    .map(PartnerRole::role).filter(Objects::nonNull).collect(Collectors.joining(" ; "));
            List<String> amounts = fiche.funding().stream().filter(f -> partner.id().equals(f.funder()))
                    .map(f -> Formats.money(f.amount()) + " (" + f.nature().label().toLowerCase(Locale.CANADA_FRENCH)
                            + (f.label() == null ? "" : " : " + f.label()) + ")")
                    .toList();
            roles.add(new RoleView(context.views().card(fiche, root), role.isEmpty() ? null : role, amounts));
        }
        String description = partner.displayName() + " : " + termCountLabel(roles.size())
                + " et son rôle dans chacune.";
        Frame frame = context.frame(context.meta(path, partner.displayName(), description, "partenaires"));
        return new PageJob(path, "partenaire.ftl", new PartnerPage(frame.page(), frame.site(),
                new LinkView(partner.displayName(), path, partner.sector().label()),
                partner.acronym() == null ? "" : partner.acronym(),
                "index.html#secteur-" + partner.sector().code(),
                otherNames(partner).stream().filter(n -> !n.equals(partner.acronym())).toList(),
                roles, colleagues(partner, fiches, nameRanks), termCountLabel(roles.size())));
    }

    /** Who this partner works with most often: the other partners of its fiches, by shared fiches. */
    private List<TermEntry> colleagues(Partner partner, List<Fiche> fiches, Map<String, Integer> nameRanks) {
        Map<String, Long> shared = fiches.stream()
                .flatMap(f -> Stream.concat(f.partners().stream().map(PartnerRole::id),
                        f.funding().stream().map(Funding::funder).filter(Objects::nonNull)).distinct())
                .filter(id -> !id.equals(partner.id()))
                .collect(Collectors.groupingBy(id -> id, TreeMap::new, Collectors.counting()));
        return shared.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(e -> nameRanks.get(e.getKey())))
                .limit(10)
                .map(e -> {
                    Partner other = context.site().registries().partner(e.getKey()).orElseThrow();
                    return term(other.id(), other.displayName(), other.id() + ".html", e.getValue().intValue(),
                            Formats.count(e.getValue().intValue(), "fiche en commun", "fiches en commun"));
                })
                .toList();
    }
}
