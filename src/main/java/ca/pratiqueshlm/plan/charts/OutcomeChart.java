package ca.pratiqueshlm.plan.charts;

import ca.pratiqueshlm.plan.charts.HorizontalBars.Section;
import java.util.List;

/** The outcome index as a chart: each theme, then each of its outcomes as a bar linked to its page. */
public final class OutcomeChart {
    private OutcomeChart() {}

    /** @param themes one section per theme; the heading links to the theme on the page, bars to outcomes */
    public static String of(String id, List<Section> themes) {
        return HorizontalBars.draw(id, "retombees", "Nombre de fiches par retombée, regroupées par thème",
                "Barres horizontales : pour chaque thème, chaque retombée et le nombre de fiches qui la rapportent. "
                        + "Chaque barre mène à la page de la retombée.",
                themes, 300, 300);
    }
}
