package ca.pratiqueshlm.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every shared registry, loaded and checked, with lookups by id. */
public record Registries(
        List<Category> categories,
        List<Region> regions,
        List<Population> populations,
        List<Partner> partners,
        List<OutcomeTheme> themes,
        List<Outcome> outcomes,
        List<Source> sources,
        List<Programme> programmes,
        List<SynonymGroup> synonyms) {

    public Registries {
        categories = List.copyOf(categories);
        regions = List.copyOf(regions);
        populations = List.copyOf(populations);
        partners = List.copyOf(partners);
        themes = List.copyOf(themes);
        outcomes = List.copyOf(outcomes);
        sources = List.copyOf(sources);
        programmes = List.copyOf(programmes);
        synonyms = List.copyOf(synonyms);
    }

    public Optional<Category> category(String id) {
        return find(categories, Category::id, id);
    }

    public Optional<Region> region(String code) {
        return find(regions, Region::code, code);
    }

    public Optional<Population> population(String id) {
        return find(populations, Population::id, id);
    }

    public Optional<Partner> partner(String id) {
        return find(partners, Partner::id, id);
    }

    public Optional<OutcomeTheme> theme(String id) {
        return find(themes, OutcomeTheme::id, id);
    }

    public Optional<Outcome> outcome(String id) {
        return find(outcomes, Outcome::id, id);
    }

    public Optional<Source> source(String id) {
        return find(sources, Source::id, id);
    }

    public Optional<Programme> programme(String id) {
        return find(programmes, Programme::id, id);
    }

    /** The ids a fiche may use for each registry. */
    public Map<Registry, List<String>> ids() {
        return Map.of(
                Registry.CATEGORY, categories.stream().map(Category::id).toList(),
                Registry.REGION, regions.stream().map(Region::code).toList(),
                Registry.POPULATION, populations.stream().map(Population::id).toList(),
                Registry.PARTNER, partners.stream().map(Partner::id).toList(),
                Registry.OUTCOME, outcomes.stream().map(Outcome::id).toList(),
                Registry.SOURCE, sources.stream().map(Source::id).toList(),
                Registry.PROGRAMME, programmes.stream().map(Programme::id).toList());
    }

    /** A plain scan: registries hold tens to a few hundred entries, and a stream per look-up cost more than the scan. */
    private static <T> Optional<T> find(List<T> items, Function<T, String> key, String id) {
        for (T item : items) {
            if (key.apply(item).equals(id)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** An index by id, for code that looks up often. */
    public static <T> Map<String, T> byId(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }
}
