package ca.pratiqueshlm.pipeline;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.output.BuildCache;
import ca.pratiqueshlm.output.IncrementalWriter;
import ca.pratiqueshlm.output.TemplateFingerprints;
import ca.pratiqueshlm.pipeline.SiteBuilder.BuildReport;
import ca.pratiqueshlm.pipeline.SiteBuilder.SiteOutput;
import ca.pratiqueshlm.plan.PageJob;
import ca.pratiqueshlm.print.SelectionScripts;
import ca.pratiqueshlm.markdown.MarkdownRenderer;
import ca.pratiqueshlm.render.TypesetTemplateEngine;
import ca.pratiqueshlm.render.jbake.JBakeTemplateEngine;
import ca.pratiqueshlm.validation.ContentLoader;
import ca.pratiqueshlm.validation.LoadedFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The preview's builder: one per session, it keeps the template engine (until a template changes),
 * the Markdown renderer with its rendered bodies, and what is on disk, so a rebuild re-renders and
 * rewrites only what an edit changed. HTML only, like every preview build. Not thread-safe: one
 * build at a time.
 */
public final class IncrementalBuilder {
    private final ProjectLayout layout;
    private final Path destination;
    private final IncrementalWriter writer;
    private final BuildCache cache;
    private final MarkdownRenderer markdown;
    private final LoadedFiles loadedFiles = LoadedFiles.remembering();
    private final BuildMemory memory = new BuildMemory();
    private JBakeTemplateEngine engine;
    private TemplateFingerprints templates;

    public IncrementalBuilder(ProjectLayout layout, Path destination) {
        this.layout = layout;
        this.destination = destination;
        this.writer = new IncrementalWriter(destination);
        this.cache = SiteBuilder.cacheOf(layout);
        this.markdown = new MarkdownRenderer(cache::getFromDisk);
    }

    /** A build's report and the site files it wrote or removed (empty when it failed). */
    public record Outcome(BuildReport report, Set<String> changed) {}

    public Outcome build() throws IOException {
        long start = System.nanoTime();
        var unsafeOutput = OutputGuard.check(layout, destination);
        if (unsafeOutput.isPresent()) {
            return new Outcome(BuildReport.failed(List.of(unsafeOutput.get())), Set.of());
        }
        Result<Site> loaded = new ContentLoader(layout, markdown, loadedFiles).load();
        if (!loaded.isSuccess()) {
            return new Outcome(BuildReport.failed(loaded.problems()), Set.of());
        }
        TemplateFingerprints current = TemplateFingerprints.of(layout.templates(), templates);
        if (engine == null || !current.sameFiles(templates)) {
            // Freemarker caches parsed templates: a new engine is the sure way to see an edited one.
            engine = new JBakeTemplateEngine(layout.root(), layout.templates(), destination);
        }
        templates = current;
        SiteOutput output = SiteBuilder.plan(loaded.get(), markdown, engine, cache, memory);
        Set<String> changed = writer.write(output.pages(), current, new TypesetTemplateEngine(engine),
                layout.assets(), output.files(), SelectionScripts::of);
        return new Outcome(BuildReport.succeeded(loaded.get().fiches().size(), output.pages().size()
                + output.files().size(), (System.nanoTime() - start) / 1_000_000), changed);
    }

    /**
     * Everything a rebuild does but writing: reads and checks the content, plans the site and renders
     * two pages (into nothing), so the JIT compiles that path before the editor's first save. Leaves the site on disk and
     * what the writer knows of it untouched; what it reads is remembered as a rebuild would.
     */
    public void rehearse() throws IOException {
        Result<Site> loaded = new ContentLoader(layout, markdown, loadedFiles).load();
        if (loaded.isSuccess() && engine != null) {
            SiteOutput output = SiteBuilder.plan(loaded.get(), markdown, engine, cache, memory);
            // A save re-renders its fiche's page and the lists that show it: render (and drop) one of each.
            TypesetTemplateEngine pages = new TypesetTemplateEngine(engine);
            for (PageJob job : output.pages().stream().filter(j -> j.path().startsWith("fiches/")).limit(2).toList()) {
                pages.render(job.template(), job.page(), new java.io.StringWriter());
            }
        }
    }
}
