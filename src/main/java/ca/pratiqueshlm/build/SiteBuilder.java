package ca.pratiqueshlm.build;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.output.GeneratedFile;
import ca.pratiqueshlm.output.SiteWriter;
import ca.pratiqueshlm.print.PrintPublisher;
import ca.pratiqueshlm.render.MarkdownRenderer;
import ca.pratiqueshlm.render.PageJob;
import ca.pratiqueshlm.render.SitePlanner;
import ca.pratiqueshlm.render.jbake.JBakeTemplateEngine;
import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.validation.ContentLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The whole pipeline: content -> model -> validation -> indexes -> rendering -> output. */
public final class SiteBuilder {
    private final ProjectLayout layout;
    private final boolean pdfs;

    /** A builder without PDFs, as most tests want; the {@code build} command asks for them. */
    public SiteBuilder(ProjectLayout layout) {
        this(layout, false);
    }

    /**
     * @param pdfs whether to write the fiche PDFs and forum booklets: most of a build's time (see
     *             docs/PRINT.md), so quick local builds and tests leave them out
     */
    public SiteBuilder(ProjectLayout layout, boolean pdfs) {
        this.layout = layout;
        this.pdfs = pdfs;
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
        Result<Site> loaded = check();
        if (!loaded.isSuccess()) {
            return BuildReport.failed(loaded.problems());
        }
        Site site = loaded.get();
        SiteIndex index = SiteIndex.of(site);
        List<PageJob> jobs = new SitePlanner(site, index, new MarkdownRenderer(), pdfs).plan();
        JBakeTemplateEngine engine = new JBakeTemplateEngine(layout.root(), layout.templates(), destination);
        PrintPublisher print = new PrintPublisher(site, index, new MarkdownRenderer(), engine);
        List<GeneratedFile> printed = new ArrayList<>(print.qrCodes());
        if (pdfs) {
            printed.addAll(print.pdfs());
        }
        int files = new SiteWriter(destination).write(jobs, engine, layout.assets(), printed);
        return BuildReport.succeeded(site.fiches().size(), files, (System.nanoTime() - start) / 1_000_000);
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
