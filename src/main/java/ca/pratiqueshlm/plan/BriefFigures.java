package ca.pratiqueshlm.plan;

import ca.pratiqueshlm.model.KeyFigure;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which key figures a fiche shows "en bref": those the editor marked {@code en_bref: true}, else the
 * first ones; three at most. One rule for the fiche page and the forum PDF, so both show the same.
 */
public final class BriefFigures {
    public static final int MAX = 3;

    private BriefFigures() {}

    /**
     * @param figures the fiche's key figures
     * @param views   one view per figure, in the same order
     * @return the views of the chosen figures, in the fiche's order
     */
    public static <T> List<T> choose(List<KeyFigure> figures, List<T> views) {
        if (figures.size() != views.size()) {
            throw new IllegalArgumentException(figures.size() + " figures, " + views.size() + " views");
        }
        List<T> marked = IntStream.range(0, figures.size())
                .filter(i -> Boolean.TRUE.equals(figures.get(i).brief()))
                .mapToObj(views::get)
                .toList();
        return (marked.isEmpty() ? views : marked).stream().limit(MAX).toList();
    }
}
