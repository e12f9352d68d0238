package ca.pratiqueshlm.validation;

import ca.pratiqueshlm.model.Folding;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Finds the known id closest to a mistyped one, for "vouliez-vous dire" hints. */
public final class Suggestions {
    private Suggestions() {}

    /** The closest candidate within a distance that still looks like a typo, if any. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String key = Folding.fold(typed);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(key, Folding.fold(candidate));
            if (distance < bestDistance || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, key.length() / 3);
        if (best != null && bestDistance <= allowed) {
            return Optional.of(best);
        }
        // A truncated id ("reinsertion" for "reinsertion-sociale") is no typo but still has one answer.
        List<String> extending = candidates.stream().filter(c -> key.length() >= 3 && Folding.fold(c).startsWith(key)).toList();
        return extending.size() == 1 ? Optional.of(extending.get(0)) : Optional.empty();
    }

    /** "vouliez-vous dire « x » ?" for the closest candidate, if any. */
    public static Optional<String> didYouMean(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(c -> "vouliez-vous dire « " + c + " » ?");
    }

    /**
     * Two names one or two letters apart that are not the same name once case, accents and punctuation are
     * set aside:
     * most likely a typo of one another.
     */
    public static boolean isNearMiss(String a, String b) {
        String x = Folding.words(a);
        String y = Folding.words(b);
        return !x.equals(y) && Math.min(x.length(), y.length()) >= 5 && distance(x, y) <= 2;
    }

    /** Optimal string alignment distance: a swap of two letters counts as one typo. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
