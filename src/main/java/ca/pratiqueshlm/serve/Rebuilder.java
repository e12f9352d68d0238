package ca.pratiqueshlm.serve;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.pipeline.IncrementalBuilder;
import ca.pratiqueshlm.pipeline.SiteBuilder.BuildReport;
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
    private final PrintWriter out;
    private final PrintWriter err;
    private final AtomicReference<BuildState> state = new AtomicReference<>(BuildState.initial());
    private final IncrementalBuilder builder;
    private final PageChanges changes = new PageChanges();

    public Rebuilder(ProjectLayout layout, Path destination, PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
        this.builder = new IncrementalBuilder(layout, destination);
    }

    /** Which version last changed each page, for the pages' reload polls. */
    public PageChanges changes() {
        return changes;
    }

    public BuildState state() {
        return state.get();
    }

    /** Rebuilds asked for so far: a warm-up stops as soon as an edit asks for one. */
    private final java.util.concurrent.atomic.AtomicLong rebuildsAsked = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Right after start-up, rehearses a rebuild ({@link IncrementalBuilder#rehearse}) up to {@code times}
     * times within {@code millis}, writing nothing, unless an edit asked for a rebuild meanwhile: a new JVM runs the rebuild
     * path slowly until the JIT has compiled it, and an editor's first saves should not wait for that.
     */
    public void warmUp(int times, long millis) {
        long asked = rebuildsAsked.get();
        long end = System.nanoTime() + millis * 1_000_000;
        for (int i = 0; i < times && rebuildsAsked.get() == asked && System.nanoTime() < end; i++) {
            synchronized (this) {
                if (rebuildsAsked.get() != asked) {
                    return;
                }
                try {
                    builder.rehearse();
                } catch (IOException | RuntimeException | StackOverflowError e) {
                    return; // the real rebuild will report it
                }
            }
        }
    }

    /** Stops a warm-up after its current rehearsal (the preview is closing). */
    public void cancelWarmUp() {
        rebuildsAsked.incrementAndGet();
    }

    /** One build at a time: the watcher is the only caller after start-up, but tests may call too. */
    public BuildState rebuild() {
        rebuildsAsked.incrementAndGet();
        return build();
    }

    private synchronized BuildState build() {
        BuildState before = state.get();
        BuildState after;
        try {
            // An edited fiche's page is written first: its reader reloads then, the other pages later.
            IncrementalBuilder.Outcome outcome = builder.build(written -> {
                if (before.ok()) {
                    BuildState ahead = state.get().succeeded();
                    changes.built(ahead.version(), written);
                    state.set(ahead);
                }
            });
            BuildReport report = outcome.report();
            if (report.ok()) {
                after = state.get().succeeded();
                changes.built(after.version(), outcome.rest());
                if (!before.ok()) {
                    changes.all(after.version());
                }
                out.printf("Site construit : %d fiches en %d ms, %d fichiers modifiés.%n", report.fiches(),
                        report.millis(), outcome.changed().size());
            } else {
                after = state.get().failed(report.problems());
                changes.all(after.version());
                report.problems().stream().map(Diagnostic::format).forEach(err::println);
                err.println(report.problems().size() == 1 ? "1 erreur." : report.problems().size() + " erreurs.");
                err.println(before.siteBuilt() ? "Le site précédent reste affiché ; corrigez puis enregistrez."
                        : "Aucun site à afficher tant que ces erreurs restent ; corrigez puis enregistrez.");
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // A template error, a disk problem or input deeper than a check foresaw: the preview stays
            // up and says so, like for a content error, and the watcher goes on.
            after = state.get().crashed(e.getMessage() == null ? e.toString() : e.getMessage());
            changes.all(after.version());
            err.println("Échec de la construction : " + after.failure());
            err.println("Le site précédent reste affiché.");
        }
        out.flush();
        err.flush();
        state.set(after);
        return after;
    }
}
