package ca.pratiqueshlm.index;

import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.OutcomeStatement;
import ca.pratiqueshlm.model.PartnerRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the fiches most like a given one. Built once per build: every term (category, outcome,
 * partner, region) gets the list of fiche numbers that carry it, so scoring one fiche only walks the
 * lists of its own terms, instead of comparing it with every other fiche in turn (at 1,000 fiches
 * the pairwise version was the largest item of the build's profile). Fiches are numbered in slug
 * order, so ties are broken by slug for free.
 */
public final class RelatedFiches {
    private static final int CATEGORY = 2;
    private static final int OUTCOME = 3;
    private static final int PARTNER = 3;
    private static final int REGION = 1;

    private final List<Fiche> bySlug;
    /** By slug, not identity: the preview asks about a fiche just read again, before the index is rebuilt. */
    private final Map<String, Integer> number = new HashMap<>();
    /** For each fiche, the numbers of its distinct terms. */
    private final int[][] terms;
    private final int[] weights;
    /** For each term, the fiches that carry it, ascending. */
    private final int[][] postings;
    /**
     * Each thread's scores, one per fiche, zero between calls: a new array per fiche made this index
     * quadratic in memory (400 MB of arrays at 10,000 fiches).
     */
    private final ThreadLocal<int[]> scratch;

    RelatedFiches(List<Fiche> fiches) {
        this.bySlug = fiches.stream().sorted(Comparator.comparing(Fiche::slug)).toList();
        Map<String, Integer> ids = new HashMap<>();
        List<Integer> termWeights = new ArrayList<>();
        List<List<Integer>> termFiches = new ArrayList<>();
        terms = new int[bySlug.size()][];
        for (int i = 0; i < bySlug.size(); i++) {
            Fiche fiche = bySlug.get(i);
            number.put(fiche.slug(), i);
            Map<String, Integer> own = terms(fiche);
            Set<Integer> numbers = new LinkedHashSet<>();
            for (Map.Entry<String, Integer> term : own.entrySet()) {
                int id = ids.computeIfAbsent(term.getKey(), k -> {
                    termWeights.add(term.getValue());
                    termFiches.add(new ArrayList<>());
                    return ids.size();
                });
                termFiches.get(id).add(i);
                numbers.add(id);
            }
            terms[i] = numbers.stream().mapToInt(Integer::intValue).toArray();
        }
        weights = termWeights.stream().mapToInt(Integer::intValue).toArray();
        postings = termFiches.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        scratch = ThreadLocal.withInitial(() -> new int[bySlug.size()]);
    }

    /** A fiche's terms and their weights. Kinds prefixed: a category and an outcome may share an id. */
    private static Map<String, Integer> terms(Fiche fiche) {
        Map<String, Integer> own = new HashMap<>();
        fiche.allCategories().forEach(c -> own.put("categorie:" + c, CATEGORY));
        fiche.outcomes().stream().map(OutcomeStatement::id).forEach(o -> own.put("retombee:" + o, OUTCOME));
        fiche.partners().stream().map(PartnerRole::id).forEach(p -> own.put("partenaire:" + p, PARTNER));
        own.put("region:" + fiche.place().region(), REGION);
        return own;
    }

    /**
     * Whether two versions of a fiche have the same related fiches among the same others: same slug
     * (the order of ties) and same terms.
     */
    public static boolean relateAlike(Fiche before, Fiche after) {
        return before.slug().equals(after.slug()) && terms(before).equals(terms(after));
    }

    /**
     * Up to {@code limit} fiches sharing most with {@code fiche}: 3 per outcome and per partner in
     * common, 2 per category, 1 for the same region; a score of at least 2 is needed.
     */
    public List<Fiche> of(Fiche fiche, int limit) {
        Integer self = number.get(fiche.slug());
        if (self == null || limit <= 0) {
            return List.of();
        }
        int[] scores = scratch.get();
        for (int term : terms[self]) {
            int weight = weights[term];
            for (int other : postings[term]) {
                scores[other] += weight;
            }
        }
        scores[self] = 0;
        int[] best = new int[limit];
        int found = 0;
        for (int other = 0; other < scores.length; other++) {
            int score = scores[other];
            if (score < 2 || (found == limit && score <= scores[best[limit - 1]])) {
                continue;
            }
            // Insert, keeping the earlier (lower slug) fiche first among equal scores.
            int at = Math.min(found, limit - 1);
            while (at > 0 && scores[best[at - 1]] < score) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = other;
            found = Math.min(found + 1, limit);
        }
        List<Fiche> result = new ArrayList<>(found);
        for (int i = 0; i < found; i++) {
            result.add(bySlug.get(best[i]));
        }
        // Only the fiches sharing a term were scored: zeroed again for the next call.
        for (int term : terms[self]) {
            for (int other : postings[term]) {
                scores[other] = 0;
            }
        }
        return List.copyOf(result);
    }
}
