package ca.pratiqueshlm.pipeline;

import ca.pratiqueshlm.index.CollationKeys;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.FicheMemo;
import ca.pratiqueshlm.opendata.OpenData;
import ca.pratiqueshlm.plan.ViewFactory;
import java.util.List;
import java.util.Map;

/**
 * What the preview keeps from one build to the next, by fiche identity ({@link FicheMemo}): each
 * fiche's views, search-index weights and open-data rows, and the titles' collation keys. A one-off build starts from an empty one.
 */
record BuildMemory(ViewFactory.Memory views, FicheMemo<Map<String, Integer>> searchWeights, OpenData.Memory openData,
        CollationKeys titleKeys) {
    BuildMemory() {
        this(new ViewFactory.Memory(), new FicheMemo<>(), new OpenData.Memory(), new CollationKeys());
    }

    /**
     * For a one-off build, which needs most per-fiche values once: its search weights, open-data rows
     * and page views are not kept (a 10,000-fiche build held them all to the end). With PDFs, the
     * fiches' views are kept: every PDF and booklet holding a fiche asks for its view again.
     */
    static BuildMemory oneOff(boolean pdfs) {
        ViewFactory.Memory views = pdfs ? new ViewFactory.Memory()
                : new ViewFactory.Memory(FicheMemo.none(), new FicheMemo<>(), FicheMemo.none(), new CollationKeys());
        return new BuildMemory(views, FicheMemo.none(),
                new OpenData.Memory(FicheMemo.none(), FicheMemo.none(), new java.util.concurrent.atomic.AtomicReference<>()),
                new CollationKeys());
    }

    /** Forgets what belongs to fiches no longer in the site. */
    void keepOnly(List<Fiche> fiches) {
        searchWeights.keepOnly(fiches);
        titleKeys.keepOnly(fiches.stream().map(Fiche::title).toList());
    }
}
