package ca.pratiqueshlm.pipeline;

import ca.pratiqueshlm.model.FicheMemo;
import ca.pratiqueshlm.opendata.OpenData;
import ca.pratiqueshlm.plan.ViewFactory;
import java.util.Map;

/**
 * What the preview keeps from one build to the next, by fiche identity ({@link FicheMemo}): each
 * fiche's views, search-index weights and open-data rows. A one-off build starts from an empty one.
 */
record BuildMemory(ViewFactory.Memory views, FicheMemo<Map<String, Integer>> searchWeights, OpenData.Memory openData) {
    BuildMemory() {
        this(new ViewFactory.Memory(), new FicheMemo<>(), new OpenData.Memory());
    }
}
