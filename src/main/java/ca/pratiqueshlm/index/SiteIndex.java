package ca.pratiqueshlm.index;

import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.HousingType;
import ca.pratiqueshlm.model.OutcomeStatement;
import ca.pratiqueshlm.model.PartnerRole;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.model.SourceRef;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Every way to browse the fiches, computed once from the validated site. */
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
        Taxonomy startYears,
        List<Fiche> latest) {

    public static SiteIndex of(Site site) {
        List<Fiche> fiches = site.fiches();
        return new SiteIndex(
                Taxonomy.of(fiches, Fiche::allCategories),
                Taxonomy.of(fiches, f -> List.of(f.category())),
                Taxonomy.of(fiches, f -> f.partners().stream().map(PartnerRole::id).toList()),
                Taxonomy.of(fiches, f -> f.outcomes().stream().map(OutcomeStatement::id).toList()),
                Taxonomy.of(fiches, f -> List.of(f.place().region())),
                Taxonomy.of(fiches, SiteIndex::sourceIds),
                Taxonomy.of(fiches, f -> f.programme() == null ? List.of() : List.of(f.programme())),
                Taxonomy.of(fiches, Fiche::populations),
                Taxonomy.of(fiches, f -> f.housingTypes().stream().map(HousingType::code).toList()),
                Taxonomy.of(fiches, f -> List.of(String.valueOf(f.period().start()))),
                fiches.stream()
                        .sorted(Comparator.comparing(Fiche::updated).reversed().thenComparing(Fiche::slug))
                        .toList());
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
     * Fiches that share most with {@code fiche}: outcomes and partners weigh more than a category,
     * since they say the practices achieved or involved the same things.
     */
    public List<Fiche> related(Fiche fiche, List<Fiche> all, int limit) {
        Set<String> categories = Set.copyOf(fiche.allCategories());
        Set<String> outcomes = Set.copyOf(fiche.outcomes().stream().map(OutcomeStatement::id).toList());
        Set<String> partners = Set.copyOf(fiche.partners().stream().map(PartnerRole::id).toList());
        record Scored(Fiche fiche, int score) {}
        return all.stream()
                .filter(other -> !other.slug().equals(fiche.slug()))
                .map(other -> new Scored(other,
                        2 * (int) other.allCategories().stream().filter(categories::contains).count()
                                + 3 * (int) other.outcomes().stream().map(OutcomeStatement::id).distinct()
                                        .filter(outcomes::contains).count()
                                + 3 * (int) other.partners().stream().map(PartnerRole::id).distinct()
                                        .filter(partners::contains).count()
                                + (other.place().region().equals(fiche.place().region()) ? 1 : 0)))
                .filter(s -> s.score() > 1)
                .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparing(s -> s.fiche().slug()))
                .limit(limit)
                .map(Scored::fiche)
                .toList();
    }
}
