package ca.pratiqueshlm.index;

import ca.pratiqueshlm.model.Fiche;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A map from a term (a category, a partner, a region...) to the fiches that carry it, with sorted
 * views, since a map has no order of its own. One generic index serves every kind of term.
 */
public final class Taxonomy {
    private final Map<String, List<Fiche>> fichesByTerm;

    private Taxonomy(Map<String, List<Fiche>> fichesByTerm) {
        this.fichesByTerm = fichesByTerm;
    }

    /** Indexes {@code fiches} under every term that {@code terms} gives for each. */
    public static Taxonomy of(Collection<Fiche> fiches, Function<Fiche, Collection<String>> terms) {
        return ofTitleOrdered(FrenchCollation.sorted(fiches, Fiche::title), terms);
    }

    /** Same, for fiches already in {@link FrenchCollation} title order: each term's list keeps it. */
    static Taxonomy ofTitleOrdered(List<Fiche> fiches, Function<Fiche, Collection<String>> terms) {
        Map<String, List<Fiche>> map = new TreeMap<>();
        for (Fiche fiche : fiches) {
            for (String term : terms.apply(fiche).stream().distinct().toList()) {
                map.computeIfAbsent(term, t -> new java.util.ArrayList<>()).add(fiche);
            }
        }
        Map<String, List<Fiche>> frozen = new LinkedHashMap<>();
        map.forEach((term, list) -> frozen.put(term, List.copyOf(list)));
        return new Taxonomy(java.util.Collections.unmodifiableMap(frozen));
    }

    /** The fiches of a term, by title; empty for a term no fiche carries. */
    public List<Fiche> fiches(String term) {
        return fichesByTerm.getOrDefault(term, List.of());
    }

    public int count(String term) {
        return fiches(term).size();
    }

    /** Terms in id order. */
    public List<String> terms() {
        return List.copyOf(fichesByTerm.keySet());
    }

    /** Terms, most fiches first, then by id. */
    public List<String> termsByCount() {
        return fichesByTerm.keySet().stream()
                .sorted(Comparator.comparingInt(this::count).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }
}
