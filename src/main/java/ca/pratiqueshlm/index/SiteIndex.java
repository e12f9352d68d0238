package ca.pratiqueshlm.index;

import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Funding;
import ca.pratiqueshlm.model.HousingType;
import ca.pratiqueshlm.model.OutcomeStatement;
import ca.pratiqueshlm.model.PartnerRole;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.model.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Every way to browse the fiches, computed once from the validated site. {@code funders} holds the
 * partners named as funder of an amount, who get a page even without a role.
 */
public record SiteIndex(
        Taxonomy categories,
        Taxonomy primaryCategories,
        Taxonomy partners,
        Taxonomy outcomes,
        Taxonomy regions,
        Taxonomy sources,
        Taxonomy programmes,
        Taxonomy populations,
        Taxonomy housingTypes,
        Taxonomy funders,
        List<Fiche> latest,
        RelatedFiches relatedFiches,
        Map<String, Integer> titleRanks) {

    public static SiteIndex of(Site site) {
        return of(site, new CollationKeys());
    }

    /** @param titleKeys the titles' collation keys already made (the preview keeps them between builds) */
    public static SiteIndex of(Site site, CollationKeys titleKeys) {
        // Sorted by title once for all the taxonomies: French collation is slow.
        List<Fiche> fiches = FrenchCollation.sorted(site.fiches(), Fiche::title, titleKeys);
        return new SiteIndex(
                Taxonomy.ofTitleOrdered(fiches, Fiche::allCategories),
                Taxonomy.ofTitleOrdered(fiches, f -> List.of(f.category())),
                Taxonomy.ofTitleOrdered(fiches, f -> f.partners().stream().map(PartnerRole::id).toList()),
                Taxonomy.ofTitleOrdered(fiches, f -> f.outcomes().stream().map(OutcomeStatement::id).toList()),
                Taxonomy.ofTitleOrdered(fiches, f -> List.of(f.place().region())),
                Taxonomy.ofTitleOrdered(fiches, SiteIndex::sourceIds),
                Taxonomy.ofTitleOrdered(fiches, f -> f.programme() == null ? List.of() : List.of(f.programme())),
                Taxonomy.ofTitleOrdered(fiches, Fiche::populations),
                Taxonomy.ofTitleOrdered(fiches, f -> f.housingTypes().stream().map(HousingType::code).toList()),
                Taxonomy.ofTitleOrdered(fiches, f -> f.funding().stream().map(Funding::funder)
                        .filter(Objects::nonNull).toList()),
                latest(site, fiches),
                new RelatedFiches(fiches),
                titleRanks(fiches));
    }

    /**
     * Last checked first; among fiches checked the same day, the most recently documented first. Each
     * fiche's newest source year is looked up once, not at every comparison.
     */
    private static List<Fiche> latest(Site site, List<Fiche> fiches) {
        Map<String, Integer> newest = new HashMap<>();
        fiches.forEach(f -> newest.put(f.slug(), newestSourceYear(site, f)));
        return fiches.stream()
                .sorted(Comparator.comparing(Fiche::updated)
                        .thenComparing(f -> newest.get(f.slug())).reversed()
                        .thenComparing(Fiche::slug))
                .toList();
    }

    /**
     * Each fiche's place in title order, by slug (equal titles share a rank), so a subset is put in
     * that order without computing its collation keys again (a partner page's list, profiled).
     */
    private static Map<String, Integer> titleRanks(List<Fiche> byTitle) {
        return FrenchCollation.ranks(byTitle, Fiche::title, Fiche::slug);
    }

    /** The year of the most recent document the fiche cites. */
    static int newestSourceYear(Site site, Fiche fiche) {
        return fiche.sources().stream().map(SourceRef::id)
                .flatMap(id -> site.registries().source(id).stream())
                .mapToInt(s -> s.year()).max().orElse(0);
    }

    /** Sources a fiche cites anywhere: its list, its figures, its outcomes and its amounts. */
    static List<String> sourceIds(Fiche fiche) {
        return Stream.of(
                        fiche.sources().stream().map(SourceRef::id),
                        fiche.keyFigures().stream().map(k -> k.source()),
                        fiche.outcomes().stream().map(OutcomeStatement::source),
                        fiche.funding().stream().map(f -> f.source()))
                .flatMap(s -> s)
                .filter(id -> id != null)
                .distinct()
                .toList();
    }

    /**
     * Fiches by title in French order ({@link FrenchCollation#ORDER} on titles), from the ranks computed
     * once: a sort with it needs no collator. Equal titles compare equal, so a stable sort keeps their order.
     */
    public Comparator<Fiche> titleOrder() {
        return Comparator.comparingInt(f -> titleRanks.get(f.slug()));
    }

    /** Fiches where the partner has a role or pays an amount, by title. */
    public List<Fiche> partnerFiches(String partner) {
        // By slug, which is unique: hashing the fiche records would walk each one whole.
        Map<String, Fiche> fiches = new LinkedHashMap<>();
        partners.fiches(partner).forEach(f -> fiches.putIfAbsent(f.slug(), f));
        funders.fiches(partner).forEach(f -> fiches.putIfAbsent(f.slug(), f));
        // A stable sort by title rank gives FrenchCollation.sorted's order: equal titles keep set order.
        List<Fiche> byTitle = new ArrayList<>(fiches.values());
        byTitle.sort(titleOrder());
        return byTitle;
    }

    /**
     * Fiches that share most with {@code fiche}: outcomes and partners weigh more than a category,
     * since they say the practices achieved or involved the same things.
     */
    public List<Fiche> related(Fiche fiche, int limit) {
        return relatedFiches.of(fiche, limit);
    }
}
