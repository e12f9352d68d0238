package ca.pratiqueshlm.bench;

import ca.pratiqueshlm.bench.ProcessTimer.Measure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's figures, and the tables the command prints and docs/BENCHMARK.md records. */
public record BenchReport(String hugoNote, List<BuildRow> builds, List<PreviewRow> previews,
        List<EditedRebuild.Pair> rebuilds) {
    BenchReport(String hugoNote) {
        this(hugoNote, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    /**
     * A cold build: {@code ours} is the median of new processes that find the build cache their project's
     * first build filled, {@code oursEmptyCache} that first build (null where not measured, as
     * {@code jbake} and {@code hugo}).
     */
    public record BuildRow(String label, int fiches, Measure oursEmptyCache, Measure ours, Measure jbake,
            Measure hugo) {
        /** Our peak memory over all our builds of the row, the one that filled the cache included. */
        long peakKb() {
            return Math.max(ours.peakKb(), oursEmptyCache == null ? 0 : oursEmptyCache.peakKb());
        }
    }

    /** Edit-to-reload medians in milliseconds; NaN where not measured. */
    public record PreviewRow(String label, int fiches, PreviewLatency.Latency ours, PreviewLatency.Latency hugo) {}

    public String tables() {
        StringBuilder text = new StringBuilder("Constructions à froid : chacune un nouveau processus, dans un "
                + "dossier de sortie neuf (médianes ; pic = mémoire résidente maximale de toutes nos constructions de "
                + "la ligne ; « notre build » lit le cache de target/cache/ que la première construction du projet, "
                + "« cache vide », a rempli)\n\n");
        text.append("| contenu | fiches | notre build, cache vide (s) | notre build (s) | pic (Mo) | JBake 2.7.0 (s) "
                + "| JBake / nous | Hugo (s) | pic Hugo (Mo) | nous / Hugo |\n");
        text.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BuildRow row : builds) {
            text.append(String.format(Locale.ROOT, "| %s | %d | %s | %.2f | %d | %s | %s | %s | %s | %s |%n", row.label(),
                    row.fiches(), row.oursEmptyCache() == null ? "—"
                            : String.format(Locale.ROOT, "%.2f", row.oursEmptyCache().seconds()),
                    row.ours().seconds(), row.peakKb() / 1024,
                    row.jbake() == null ? "—" : String.format(Locale.ROOT, "%.2f", row.jbake().seconds()),
                    row.jbake() == null ? "—" : ratio(row.jbake().seconds() / row.ours().seconds()),
                    row.hugo() == null ? "—" : String.format(Locale.ROOT, "%.2f", row.hugo().seconds()),
                    row.hugo() == null ? "—" : Long.toString(row.hugo().peakKb() / 1024),
                    row.hugo() == null ? "—" : ratio(row.ours().seconds() / row.hugo().seconds())));
        }
        if (!rebuilds.isEmpty()) {
            text.append("\nSite réel reconstruit après la modification d'une fiche (caches chauds ; médianes ; "
                    + "cible des PDF : 1,5 × le HTML seul)\n\n");
            text.append("| fiches | HTML seul (s) | avec les PDF (s) | PDF / HTML |\n|---:|---:|---:|---:|\n");
            for (EditedRebuild.Pair row : rebuilds) {
                text.append(String.format(Locale.ROOT, "| %d | %.2f | %.2f | %s |%n", row.fiches(),
                        row.html().seconds(), row.pdf().seconds(), String.format(Locale.ROOT, "%.2f×", row.ratio())));
            }
        }
        if (!previews.isEmpty()) {
            text.append("\nAperçu : une fiche modifiée → page réécrite et rechargement annoncé (médianes) ; "
                    + "reconstruction complète : durée que le serveur affiche pour toute la reconstruction\n\n");
            text.append("| contenu | fiches | notre aperçu (ms) | hugo server (ms) | nous / Hugo "
                    + "| notre reconstruction complète (ms) | celle de Hugo (ms) |\n");
            text.append("|---|---:|---:|---:|---:|---:|---:|\n");
            for (PreviewRow row : previews) {
                boolean hugo = row.hugo() != null;
                text.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %s | %s | %s | %s |%n", row.label(),
                        row.fiches(), row.ours().reloadMillis(),
                        hugo ? String.format(Locale.ROOT, "%.0f", row.hugo().reloadMillis()) : "—",
                        hugo ? ratio(row.ours().reloadMillis() / row.hugo().reloadMillis()) : "—",
                        millis(row.ours().rebuildMillis()), hugo ? millis(row.hugo().rebuildMillis()) : "—"));
            }
        }
        return text.append('\n').append(hugoNote).append('\n').toString();
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.0f", value);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.1f×", value);
    }
}
