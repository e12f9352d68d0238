package ca.pratiqueshlm.serve;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.pipeline.SiteBuilder.BuildReport;
import ca.pratiqueshlm.pipeline.SiteBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Builds the site for the preview and records the outcome. A failed build leaves the previous site in
 * place (SiteBuilder only swaps a complete site in), so the server keeps serving it; the errors go to
 * the terminal and, through {@link BuildState}, to the browser.
 */
public final class Rebuilder {
    private final ProjectLayout layout;
    private final Path destination;
    private final PrintWriter out;
    private final PrintWriter err;
    private final AtomicReference<BuildState> state = new AtomicReference<>(BuildState.initial());

    public Rebuilder(ProjectLayout layout, Path destination, PrintWriter out, PrintWriter err) {
        this.layout = layout;
        this.destination = destination;
        this.out = out;
        this.err = err;
    }

    public BuildState state() {
        return state.get();
    }

    /** One build at a time: the watcher is the only caller after start-up, but tests may call too. */
    public synchronized BuildState rebuild() {
        BuildState before = state.get();
        BuildState after;
        try {
            BuildReport report = new SiteBuilder(layout).build(destination);
            if (report.ok()) {
                after = before.succeeded();
                out.printf("Site construit : %d fiches en %d ms.%n", report.fiches(), report.millis());
            } else {
                after = before.failed(report.problems());
                report.problems().stream().map(Diagnostic::format).forEach(err::println);
                err.println(report.problems().size() == 1 ? "1 erreur." : report.problems().size() + " erreurs.");
                err.println(before.siteBuilt() ? "Le site précédent reste affiché ; corrigez puis enregistrez."
                        : "Aucun site à afficher tant que ces erreurs restent ; corrigez puis enregistrez.");
            }
        } catch (IOException | RuntimeException e) {
            // A template error or a disk problem: the preview stays up, like for a content error.
            after = before.crashed(e.getMessage() == null ? e.toString() : e.getMessage());
            err.println("Échec de la construction : " + after.failure());
            err.println("Le site précédent reste affiché.");
        }
        out.flush();
        err.flush();
        state.set(after);
        return after;
    }
}
