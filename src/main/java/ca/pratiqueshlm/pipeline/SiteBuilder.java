package ca.pratiqueshlm.pipeline;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.index.search.SearchIndex;
import ca.pratiqueshlm.index.search.SearchIndexBuilder;
import ca.pratiqueshlm.index.search.SearchIndexScript;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.opendata.OpenData;
import ca.pratiqueshlm.output.GeneratedFile;
import ca.pratiqueshlm.output.SiteWriter;
import ca.pratiqueshlm.plan.MarkdownRenderer;
import ca.pratiqueshlm.plan.PageJob;
import ca.pratiqueshlm.plan.Paths;
import ca.pratiqueshlm.plan.SitePlanner;
import ca.pratiqueshlm.plan.ViewFactory;
import ca.pratiqueshlm.print.PrintPublisher;
import ca.pratiqueshlm.render.TypesetTemplateEngine;
import ca.pratiqueshlm.render.jbake.JBakeTemplateEngine;
import ca.pratiqueshlm.schema.FicheSchema;
import ca.pratiqueshlm.validation.ContentLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
        var unsafeOutput = OutputGuard.check(layout, destination);
        if (unsafeOutput.isPresent()) {
            return BuildReport.failed(List.of(unsafeOutput.get()));
        }
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
        MarkdownRenderer markdown = join(markdownSetUp);
        JBakeTemplateEngine engine = join(engineSetUp);
        PrintPublisher print = new PrintPublisher(site, index, markdown, engine);
        // The generated files do not depend on the pages: made on another core while the pages are planned.
        CompletableFuture<List<GeneratedFile>> generated = CompletableFuture.supplyAsync(() -> {
            List<GeneratedFile> files = new ArrayList<>(OpenData.files(site));
            files.add(searchIndex(site, index, markdown));
            // The published schema is built from this build's registries, so it is never stale.
            files.add(new GeneratedFile(FicheSchema.PATH, new FicheSchema(site.registries()).bytes()));
            files.addAll(print.qrCodes());
            return files;
        });
        List<PageJob> jobs = new SitePlanner(site, index, markdown, pdfs).plan();
        List<GeneratedFile> extra = new ArrayList<>(join(generated));
        if (pdfs) {
            extra.addAll(print.pdfs());
        }
        // Typography is applied to the rendered text once, here, so editors and templates keep plain text.
        int files = new SiteWriter(destination).write(jobs, new TypesetTemplateEngine(engine), layout.assets(), extra);
        return BuildReport.succeeded(site.fiches().size(), files, (System.nanoTime() - start) / 1_000_000);
    }

    /** The search page's index (docs/SEARCH.md); results show the place as the site's cards do. */
    private static GeneratedFile searchIndex(Site site, SiteIndex index, MarkdownRenderer markdown) {
        ViewFactory views = new ViewFactory(site, index, markdown);
        SearchIndex search = new SearchIndexBuilder(site, f -> Paths.fiche(f.slug()), views::place).build();
        return new GeneratedFile(SearchIndexScript.PATH, SearchIndexScript.render(search).getBytes(StandardCharsets.UTF_8));
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
