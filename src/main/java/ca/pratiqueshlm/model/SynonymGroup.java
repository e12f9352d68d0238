package ca.pratiqueshlm.model;

import java.util.List;

/**
 * Words or expressions a reader may use for the same thing (« aînés », « personnes âgées »), from
 * {@code content/data/synonymes.yaml}: the search finds any of them when one is typed.
 */
public record SynonymGroup(List<String> terms) {
    public SynonymGroup {
        terms = List.copyOf(terms);
    }
}
