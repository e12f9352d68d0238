package ca.pratiqueshlm.index;

import ca.pratiqueshlm.model.Fiche;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A map from a term (a category, a partner, a region...) to the fiches that carry it, each term's
 * fiches in title order. One generic index serves every kind of term.
 */
public final class Taxonomy {
    private final Map<String, List<Fiche>> fichesByTerm;

    private Taxonomy(Map<String, List<Fiche>> fichesByTerm) {
        this.fichesByTerm = fichesByTerm;
    }

    /**
     * Indexes {@code fiches}, already in {@link FrenchCollation} title order, under every term that
     * {@code terms} gives for each; each term's list keeps that order.
     */
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
}
