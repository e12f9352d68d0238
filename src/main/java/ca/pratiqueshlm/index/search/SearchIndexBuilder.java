package ca.pratiqueshlm.index.search;

import ca.pratiqueshlm.content.ResultStore;
import ca.pratiqueshlm.index.CollationKeys;
import ca.pratiqueshlm.index.search.SearchIndex.Doc;
import ca.pratiqueshlm.index.search.SearchIndex.Facet;
import ca.pratiqueshlm.index.search.SearchIndex.FacetValue;
import ca.pratiqueshlm.model.Category;
import ca.pratiqueshlm.model.Coded;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.FicheMemo;
import ca.pratiqueshlm.model.HousingType;
import ca.pratiqueshlm.model.KeyFigure;
import ca.pratiqueshlm.model.OutcomeStatement;
import ca.pratiqueshlm.model.PartnerRole;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.model.Sector;
import ca.pratiqueshlm.model.Site;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Builds the search index of a validated site: analysed text by field, weights, facets. */
public final class SearchIndexBuilder {
    /** Markdown link targets and autolinks: addresses, not words a reader would search. */
    private static final Pattern LINK_TARGETS = Pattern.compile("\\]\\([^)]*\\)|<https?://[^>]*>|https?://\\S+");

    private final Site site;
    private final Registries registries;
    private final Function<Fiche, String> url;
    private final Function<Fiche, String> placeLabel;
    private final Synonyms synonyms;
    private final FicheMemo<Map<String, Integer>> weightsByFiche;
    private final CollationKeys titleKeys;
    private final KeptWeights keptWeights;

    /**
     * @param url        the fiche's page, relative to the site root
     * @param placeLabel how results show the place, as on the site's cards
     */
    public SearchIndexBuilder(Site site, Function<Fiche, String> url, Function<Fiche, String> placeLabel) {
        this(site, url, placeLabel, new FicheMemo<>(), new CollationKeys(), ResultStore.NONE);
    }

    /**
     * @param weights each fiche's term weights, kept between the preview's builds (they depend on the
     *                fiche and the registries only)
     * @param titleKeys the titles' collation keys, kept between the preview's builds too
     * @param kept      where the weights outlive the process (the build cache), for the fiches not in {@code weights}
     */
    public SearchIndexBuilder(Site site, Function<Fiche, String> url, Function<Fiche, String> placeLabel,
            FicheMemo<Map<String, Integer>> weights, CollationKeys titleKeys, ResultStore kept) {
        this.weightsByFiche = weights;
        this.titleKeys = titleKeys;
        this.site = site;
        this.registries = site.registries();
        this.url = url;
        this.placeLabel = placeLabel;
        this.synonyms = Synonyms.of(registries);
        this.keptWeights = new KeptWeights(kept, synonyms);
    }

    public SearchIndex build() {
        List<FacetSpec> specs = facetSpecs();
        List<Facet> facets = new ArrayList<>();
        for (FacetSpec spec : specs) {
            Set<String> used = new LinkedHashSet<>();
            site.fiches().forEach(f -> used.addAll(spec.values().apply(f)));
            List<FacetValue> values = spec.all().stream().filter(v -> used.contains(v.id())).toList();
            facets.add(new Facet(spec.id(), spec.label(), values));
        }
        List<Doc> docs = new ArrayList<>();
        // Hashed while filling (one entry per term and fiche), sorted once at the end.
        Map<String, List<int[]>> postings = new HashMap<>();
        // In French alphabetical order of titles: the order of ties and of browsing, so the page needs no
        // collation and both engines break ties by position.
        List<Fiche> fiches = byTitle(site.fiches());
        for (int i = 0; i < fiches.size(); i++) {
            Fiche fiche = fiches.get(i);
            docs.add(doc(fiche, facets, specs));
            for (Map.Entry<String, Integer> weight : weights(fiche).entrySet()) {
                postings.computeIfAbsent(weight.getKey(), t -> new ArrayList<>()).add(new int[] {i, weight.getValue()});
            }
        }
        TreeMap<String, int[]> flat = new TreeMap<>();
        new TreeMap<>(postings).forEach((term, list) -> {
            int[] pairs = new int[list.size() * 2];
            for (int k = 0; k < list.size(); k++) {
                pairs[2 * k] = list.get(k)[0];
                pairs[2 * k + 1] = list.get(k)[1];
            }
            flat.put(term, pairs);
        });
        return new SearchIndex(facets, docs, flat, synonyms.groups());
    }

    /**
     * By title in French collation, then slug: one collation key per title rather than the collator
     * comparing titles O(n log n) times (the same order: a key compares as its collator does).
     */
    private List<Fiche> byTitle(List<Fiche> fiches) {
        record Keyed(Fiche fiche, java.text.CollationKey key) {}
        return fiches.stream().map(f -> new Keyed(f, titleKeys.of(f.title())))
                .sorted(java.util.Comparator.comparing(Keyed::key).thenComparing(k -> k.fiche().slug()))
                .map(Keyed::fiche).toList();
    }

    private Doc doc(Fiche fiche, List<Facet> facets, List<FacetSpec> specs) {
        List<List<Integer>> values = new ArrayList<>();
        for (int k = 0; k < specs.size(); k++) {
            List<String> ids = facets.get(k).values().stream().map(FacetValue::id).toList();
            values.add(specs.get(k).values().apply(fiche).stream().distinct().map(ids::indexOf)
                    .filter(index -> index >= 0).sorted().toList());
        }
        return new Doc(fiche.title(), url.apply(fiche), placeLabel.apply(fiche),
                registries.category(fiche.category()).map(Category::name).orElse(fiche.category()),
                ca.pratiqueshlm.model.FicheLabels.period(fiche), fiche.summary(), values);
    }

    /**
     * A term's weight in a fiche: over the fields where it occurs, the field's boost times
     * (1 + ln of its count there), rounded. Repeating a word helps, but less and less. Synonym phrases
     * the text contains count as terms too.
     */
    static Map<String, Integer> weights(Map<SearchField, List<String>> texts, Synonyms synonyms) {
        Map<String, Double> weights = new HashMap<>();
        texts.forEach((field, parts) -> {
            Map<String, Integer> counts = new HashMap<>();
            parts.stream().filter(Objects::nonNull)
                    .forEach(text -> {
                        List<String> terms = FrenchAnalyzer.terms(text);
                        terms.forEach(t -> counts.merge(t, 1, Integer::sum));
                        synonyms.phrasesIn(terms).forEach(t -> counts.merge(t, 1, Integer::sum));
                    });
            counts.forEach((term, count) -> weights.merge(term, field.boost() * (1 + Math.log(count)), Double::sum));
        });
        Map<String, Integer> rounded = new TreeMap<>();
        weights.forEach((term, weight) -> rounded.put(term, (int) Math.max(1, Math.round(weight))));
        return rounded;
    }

    private Map<String, Integer> weights(Fiche fiche) {
        return weightsByFiche.of(fiche, f -> {
            Map<SearchField, List<String>> texts = fields(f);
            return keptWeights.of(texts, () -> weights(texts, synonyms));
        });
    }

    /** The text of each field of a fiche. */
    Map<SearchField, List<String>> fields(Fiche fiche) {
        Map<SearchField, List<String>> fields = new EnumMap<>(SearchField.class);
        fields.put(SearchField.TITLE, List.of(fiche.title()));
        fields.put(SearchField.ALIASES, fiche.aliases());
        List<String> place = new ArrayList<>();
        place.add(ca.pratiqueshlm.model.Place.isGiven(fiche.place().municipality()) ? fiche.place().municipality() : null);
        place.add(ca.pratiqueshlm.model.Place.isGiven(fiche.place().mrc()) ? fiche.place().mrc() : null);
        place.add(fiche.place().housingComplex());
        place.add(registries.region(fiche.place().region()).map(r -> r.name()).orElse(null));
        fields.put(SearchField.PLACE, place);
        fields.put(SearchField.SUMMARY, List.of(fiche.summary()));
        List<String> partners = new ArrayList<>();
        for (PartnerRole role : fiche.partners()) {
            registries.partner(role.id()).ifPresent(p -> {
                partners.add(p.name());
                partners.add(p.acronym());
                partners.addAll(p.aliases());
            });
        }
        fields.put(SearchField.PARTNERS, partners);
        List<String> taxonomy = new ArrayList<>();
        fiche.allCategories().forEach(c -> registries.category(c).ifPresent(cat -> taxonomy.add(cat.name())));
        fiche.populations().forEach(p -> registries.population(p).ifPresent(pop -> taxonomy.add(pop.name())));
        fiche.outcomes().forEach(o -> registries.outcome(o.id()).ifPresent(out -> taxonomy.add(out.label())));
        if (fiche.programme() != null) {
            registries.programme(fiche.programme()).ifPresent(p -> taxonomy.add(p.name()));
        }
        fields.put(SearchField.TAXONOMY, taxonomy);
        List<String> details = new ArrayList<>();
        details.addAll(fiche.objectives());
        details.addAll(fiche.activities());
        details.add(fiche.context());
        fiche.keyFigures().stream().map(KeyFigure::label).forEach(details::add);
        fiche.outcomes().stream().map(OutcomeStatement::statement).forEach(details::add);
        fiche.partners().stream().map(PartnerRole::role).forEach(details::add);
        details.addAll(fiche.facilitatingFactors());
        details.addAll(fiche.obstacles());
        fiche.similarInitiatives().stream().flatMap(s -> Stream.of(s.name(), s.place(), s.description()))
                .forEach(details::add);
        fields.put(SearchField.DETAILS, details);
        fields.put(SearchField.BODY, List.of(withoutLinkTargets(fiche.body())));
        return fields;
    }

    /**
     * The body without its link addresses, which are not words a reader searches for. A body with neither
     * "](" nor "http" has none: most have none, and the expression tries every position of the text.
     */
    static String withoutLinkTargets(String body) {
        return body.contains("](") || body.contains("http") ? LINK_TARGETS.matcher(body).replaceAll(" ") : body;
    }

    /** A facet: its URL parameter, its label, every possible value in display order, and a fiche's values. */
    private record FacetSpec(String id, String label, List<FacetValue> all, Function<Fiche, List<String>> values) {}

    private List<FacetSpec> facetSpecs() {
        Map<String, String> themeOfOutcome = new HashMap<>();
        registries.outcomes().forEach(o -> themeOfOutcome.put(o.id(), o.theme()));
        Map<String, Sector> sectorOfPartner = new HashMap<>();
        registries.partners().forEach(p -> sectorOfPartner.put(p.id(), p.sector()));
        List<FacetValue> decades = site.fiches().stream().map(SearchIndexBuilder::decade).filter(Objects::nonNull)
                .distinct().sorted()
                .map(d -> new FacetValue(d, "Années " + d)).toList();
        return List.of(
                new FacetSpec("categorie", "Catégorie",
                        registries.categories().stream().map(c -> new FacetValue(c.id(), c.name())).toList(),
                        Fiche::allCategories),
                new FacetSpec("region", "Région",
                        registries.regions().stream().sorted(java.util.Comparator.comparing(r -> r.code()))
                                .map(r -> new FacetValue(r.code(), r.name())).toList(),
                        f -> List.of(f.place().region())),
                new FacetSpec("habitation", "Type d'habitation", coded(HousingType.values()),
                        f -> f.housingTypes().stream().map(HousingType::code).toList()),
                new FacetSpec("secteur", "Secteur des partenaires", coded(Sector.values()),
                        f -> f.partners().stream().map(p -> sectorOfPartner.get(p.id())).filter(Objects::nonNull)
                                .map(Sector::code).toList()),
                new FacetSpec("theme", "Thème des retombées",
                        registries.themes().stream().map(t -> new FacetValue(t.id(), t.name())).toList(),
                        f -> f.outcomes().stream().map(o -> themeOfOutcome.get(o.id())).filter(Objects::nonNull)
                                .toList()),
                new FacetSpec("periode", "Période de début", decades, f -> decade(f) == null ? List.of() : List.of(decade(f))));
    }

    private static List<FacetValue> coded(Coded[] values) {
        return Stream.of(values).map(c -> new FacetValue(c.code(), c.label())).toList();
    }

    /** "1980" for a practice that started in 1983; null when the source gives no start year. */
    static String decade(Fiche fiche) {
        return fiche.period().start() == null ? null : String.valueOf(fiche.period().start() / 10 * 10);
    }
}
