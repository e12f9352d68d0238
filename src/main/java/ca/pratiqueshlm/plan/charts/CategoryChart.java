package ca.pratiqueshlm.plan.charts;

import ca.pratiqueshlm.plan.charts.HorizontalBars.Section;
import java.util.List;

/** The header of a category page: its fiches by region and by period of start, as two sets of bars. */
public final class CategoryChart {
    private CategoryChart() {}

    public static String of(String id, String category, Section byRegion, Section byPeriod) {
        return HorizontalBars.draw(id, "categorie", "Fiches de la catégorie « " + category + " » par région et par période",
                "Barres horizontales : le nombre de fiches de cette catégorie dans chaque région, puis selon la "
                        + "période où la pratique a commencé.",
                List.of(byRegion, byPeriod), 230, 200);
    }
}
