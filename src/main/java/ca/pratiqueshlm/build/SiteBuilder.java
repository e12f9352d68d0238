package ca.pratiqueshlm.build;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.output.SiteWriter;
import ca.pratiqueshlm.render.MarkdownRenderer;
import ca.pratiqueshlm.render.PageJob;
import ca.pratiqueshlm.render.SitePlanner;
import ca.pratiqueshlm.render.jbake.JBakeTemplateEngine;
import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.validation.ContentLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The whole pipeline: content -> model -> validation -> indexes -> rendering -> output. */
public final class SiteBuilder {
    private final ProjectLayout layout;

    public SiteBuilder(ProjectLayout layout) {
        this.layout = layout;
    }

    /** Validates only: every problem of the content, or the site. */
    public Result<Site> check() {
        return new ContentLoader(layout).load();
    }

    /**
     * Validates, then writes the site to {@code destination}. On a content problem nothing is written
     * and the previous site stays as it was.
     */
    public BuildReport build(Path destination) throws IOException {
        long start = System.nanoTime();
        // Setting up the template and Markdown engines is mostly class loading, about a second of a
        // cold run: done on another core while the content is read and checked.
        CompletableFuture<JBakeTemplateEngine> engineSetUp = CompletableFuture.supplyAsync(
                () -> new JBakeTemplateEngine(layout.root(), layout.templates(), destination));
        CompletableFuture<MarkdownRenderer> markdownSetUp = CompletableFuture.supplyAsync(MarkdownRenderer::new);
        Result<Site> loaded = check();
        if (!loaded.isSuccess()) {
            return BuildReport.failed(loaded.problems());
        }
        Site site = loaded.get();
        SiteIndex index = SiteIndex.of(site);
        List<PageJob> jobs = new SitePlanner(site, index, join(markdownSetUp)).plan();
        JBakeTemplateEngine engine = join(engineSetUp);
        int files = new SiteWriter(destination).write(jobs, engine, layout.assets(), List.of());
        return BuildReport.succeeded(site.fiches().size(), files, (System.nanoTime() - start) / 1_000_000);
    }

    private static <T> T join(CompletableFuture<T> setUp) {
        try {
            return setUp.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** What a build did, or why it did nothing. */
    public record BuildReport(List<Diagnostic> problems, int fiches, int files, long millis) {
        static BuildReport failed(List<Diagnostic> problems) {
            return new BuildReport(problems, 0, 0, 0);
        }

        static BuildReport succeeded(int fiches, int files, long millis) {
            return new BuildReport(List.of(), fiches, files, millis);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }
}
