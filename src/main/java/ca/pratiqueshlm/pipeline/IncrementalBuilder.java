package ca.pratiqueshlm.pipeline;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.output.BuildCache;
import ca.pratiqueshlm.output.IncrementalWriter;
import ca.pratiqueshlm.output.TemplateFingerprints;
import ca.pratiqueshlm.pipeline.SiteBuilder.BuildReport;
import ca.pratiqueshlm.pipeline.SiteBuilder.SiteOutput;
import ca.pratiqueshlm.plan.PageJob;
import ca.pratiqueshlm.plan.Paths;
import ca.pratiqueshlm.plan.SitePlanner;
import ca.pratiqueshlm.plan.ViewFactory;
import ca.pratiqueshlm.print.QrImages;
import ca.pratiqueshlm.print.SelectionScripts;
import ca.pratiqueshlm.markdown.MarkdownRenderer;
import ca.pratiqueshlm.render.TypesetTemplateEngine;
import ca.pratiqueshlm.render.jbake.JBakeTemplateEngine;
import ca.pratiqueshlm.validation.ContentLoader;
import ca.pratiqueshlm.validation.LoadedFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

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
    /** The last site written and its index; null before a first build and after a failed one. */
    private Written last;
    /** Rehearsals so far: each reads another fiche again. */
    private int rehearsals;

    private record Written(Site site, SiteIndex index) {}

    public IncrementalBuilder(ProjectLayout layout, Path destination) {
        this.layout = layout;
        this.destination = destination;
        this.writer = new IncrementalWriter(destination);
        this.cache = SiteBuilder.cacheOf(layout);
        this.markdown = new MarkdownRenderer(cache::getFromDisk);
    }

    /**
     * A build's report and the site files it wrote or removed (empty when it failed): {@code ahead} the
     * edited fiche's, written first, {@code rest} the others, written after the whole site was planned.
     */
    public record Outcome(BuildReport report, Set<String> ahead, Set<String> rest) {
        static Outcome failed(List<Diagnostic> problems) {
            return new Outcome(BuildReport.failed(problems), Set.of(), Set.of());
        }

        /** Every file the build wrote or removed, sorted. */
        public Set<String> changed() {
            Set<String> all = new TreeSet<>(ahead);
            all.addAll(rest);
            return all;
        }
    }

    public Outcome build() throws IOException {
        return build(written -> {});
    }

    /**
     * @param ahead told of the files written ahead of the rest (an edited fiche's page, when
     *              {@link EditedFiche} finds one), the moment they are on disk; not called otherwise
     */
    public Outcome build(Consumer<Set<String>> ahead) throws IOException {
        long start = System.nanoTime();
        Written previous = last;
        last = null; // until this build has written its site
        var unsafeOutput = OutputGuard.check(layout, destination);
        if (unsafeOutput.isPresent()) {
            return Outcome.failed(List.of(unsafeOutput.get()));
        }
        Result<Site> loaded = new ContentLoader(layout, markdown, loadedFiles).load();
        if (!loaded.isSuccess()) {
            return Outcome.failed(loaded.problems());
        }
        Site site = loaded.get();
        TemplateFingerprints current = TemplateFingerprints.of(layout.templates(), templates);
        if (engine == null || !current.sameFiles(templates)) {
            // Freemarker caches parsed templates: a new engine is the sure way to see an edited one.
            engine = new JBakeTemplateEngine(layout.root(), layout.templates(), destination);
            previous = null;
        }
        templates = current;
        TypesetTemplateEngine pages = new TypesetTemplateEngine(engine);
        Set<String> first = previous == null ? Set.of() : writeEditedFiche(previous, site, current, pages);
        if (!first.isEmpty()) {
            ahead.accept(first);
        }
        SiteOutput output = SiteBuilder.plan(site, markdown, engine, cache, memory);
        Set<String> rest = writer.write(realized(output.pages()), current, pages, layout.assets(), output.files(),
                SelectionScripts.forSite(site));
        last = new Written(site, output.index());
        return new Outcome(BuildReport.succeeded(site.fiches().size(), output.pages().size() + output.files().size(),
                (System.nanoTime() - start) / 1_000_000), first, rest);
    }

    /**
     * The edited fiche's page, made with the previous index and written before anything else is planned:
     * the reader of that page sees the save without waiting for the lists, indexes and search.
     */
    private Set<String> writeEditedFiche(Written previous, Site site, TemplateFingerprints current,
            TypesetTemplateEngine pages) throws IOException {
        Optional<PageJob> job = editedFichePage(previous, site);
        return job.isEmpty() ? Set.of() : writer.writeAhead(job.get(), current, pages,
                SelectionScripts.forSite(site));
    }

    private Optional<PageJob> editedFichePage(Written previous, Site site) {
        return EditedFiche.between(previous.site(), site).map(edited -> {
            ViewFactory views = new ViewFactory(site, previous.index(), markdown, memory.views());
            return new SitePlanner(site, previous.index(), views, false, new QrImages(cache)::of).fichePage(edited);
        });
    }

    /**
     * Everything a save makes a rebuild do but writing, so the JIT compiles that path before the editor's
     * first save: one fiche (another at each call) is read and checked again as if saved, its page made
     * ahead, the site planned, the pages that show it rendered into nothing, and every page and file
     * compared with what is on disk. Leaves the site on disk and what the writer knows of it untouched;
     * the fiche read again replaces the one remembered.
     */
    public void rehearse() throws IOException {
        Written previous = last;
        if (previous == null || engine == null || previous.site().fiches().isEmpty()) {
            return;
        }
        List<Fiche> fiches = previous.site().fiches();
        Fiche rehearsed = fiches.get(rehearsals++ % fiches.size());
        loadedFiles.forget(layout.root().resolve(rehearsed.sourcePath()));
        Result<Site> loaded = new ContentLoader(layout, markdown, loadedFiles).load();
        if (!loaded.isSuccess()) {
            return; // the next rebuild reports it
        }
        Site site = loaded.get();
        TypesetTemplateEngine pages = new TypesetTemplateEngine(engine);
        List<PageJob> rendered = new ArrayList<>();
        editedFichePage(previous, site).ifPresent(rendered::add);
        SiteOutput output = SiteBuilder.plan(site, markdown, engine, cache, memory);
        last = new Written(site, output.index());
        Set<String> showing = Set.of(Paths.fiche(rehearsed.slug()), "index.html", Paths.category(rehearsed.category()));
        List<PageJob> jobs = realized(output.pages());
        jobs.stream().filter(job -> showing.contains(job.path())).forEach(rendered::add);
        SelectionScripts scripts = SelectionScripts.forSite(site);
        for (PageJob job : rendered) {
            scripts.of(job, pages.renderUtf8(job.template(), job.page()));
        }
        // And what the writer does before it writes: compare every page and file with what is on disk.
        writer.rehearse(jobs, templates, pages, layout.assets(), output.files(), scripts);
    }

    /**
     * The jobs with their records built, in parallel: the writer compares every page's record with the
     * previous build's, then renders those that changed, so each record is read twice.
     */
    private static List<PageJob> realized(List<PageJob> jobs) {
        return jobs.parallelStream().map(PageJob::realized).toList();
    }
}
