package ca.pratiqueshlm.index;

import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.OutcomeStatement;
import ca.pratiqueshlm.model.PartnerRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the fiches most like a given one. Every fiche is compared with every other (the score has
 * no useful cut-off: with four categories most pairs share one), so the comparison must be cheap:
 * each fiche's terms are turned into small sorted int arrays once, and a pair costs a few integer
 * operations. Fiches are numbered in slug order, so ties are broken by slug for free.
 */
public final class RelatedFiches {
    private final List<Fiche> bySlug;
    private final Map<Fiche, Integer> number = new IdentityHashMap<>();
    private final int[][] categories;
    private final int[][] outcomes;
    private final int[][] partners;
    private final int[] regions;

    RelatedFiches(List<Fiche> fiches) {
        this.bySlug = fiches.stream().sorted(Comparator.comparing(Fiche::slug)).toList();
        int n = bySlug.size();
        categories = new int[n][];
        outcomes = new int[n][];
        partners = new int[n][];
        regions = new int[n];
        Map<String, Integer> ids = new HashMap<>();
        Function<String, Integer> intern = id -> ids.computeIfAbsent(id, k -> ids.size());
        for (int i = 0; i < n; i++) {
            Fiche fiche = bySlug.get(i);
            number.put(fiche, i);
            categories[i] = ints(fiche.allCategories(), intern);
            outcomes[i] = ints(fiche.outcomes().stream().map(OutcomeStatement::id).toList(), intern);
            partners[i] = ints(fiche.partners().stream().map(PartnerRole::id).toList(), intern);
            regions[i] = intern.apply("région " + fiche.place().region());
        }
    }

    /**
     * Up to {@code limit} fiches sharing most with {@code fiche}: 3 per outcome and per partner in
     * common, 2 per category, 1 for the same region; a score of at least 2 is needed.
     */
    public List<Fiche> of(Fiche fiche, int limit) {
        Integer self = number.get(fiche);
        if (self == null || limit <= 0) {
            return List.of();
        }
        int[] bestFiche = new int[limit];
        int[] bestScore = new int[limit];
        int found = 0;
        for (int other = 0; other < bySlug.size(); other++) {
            if (other == self) {
                continue;
            }
            int score = 2 * common(categories[self], categories[other]) + 3 * common(outcomes[self], outcomes[other])
                    + 3 * common(partners[self], partners[other]) + (regions[self] == regions[other] ? 1 : 0);
            if (score < 2 || (found == limit && score <= bestScore[limit - 1])) {
                continue;
            }
            // Insert, keeping the earlier (lower slug) fiche first among equal scores.
            int at = Math.min(found, limit - 1);
            while (at > 0 && bestScore[at - 1] < score) {
                bestFiche[at] = bestFiche[at - 1];
                bestScore[at] = bestScore[at - 1];
                at--;
            }
            bestFiche[at] = other;
            bestScore[at] = score;
            found = Math.min(found + 1, limit);
        }
        List<Fiche> result = new ArrayList<>(found);
        for (int i = 0; i < found; i++) {
            result.add(bySlug.get(bestFiche[i]));
        }
        return List.copyOf(result);
    }

    /** Distinct sorted ids, so that {@link #common} is a simple merge. */
    private static int[] ints(List<String> values, Function<String, Integer> intern) {
        return values.stream().mapToInt(intern::apply).distinct().sorted().toArray();
    }

    private static int common(int[] a, int[] b) {
        int count = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                count++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return count;
    }
}
