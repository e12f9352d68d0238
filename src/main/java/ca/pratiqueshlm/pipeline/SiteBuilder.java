package ca.pratiqueshlm.pipeline;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.index.search.SearchIndex;
import ca.pratiqueshlm.index.search.SearchIndexBuilder;
import ca.pratiqueshlm.index.search.SearchIndexScript;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.opendata.OpenData;
import ca.pratiqueshlm.output.AddressManifest;
import ca.pratiqueshlm.output.BuildCache;
import ca.pratiqueshlm.output.CachedPages;
import ca.pratiqueshlm.output.TemplateFingerprints;
import ca.pratiqueshlm.output.GeneratedFile;
import ca.pratiqueshlm.output.OutputFolder;
import ca.pratiqueshlm.output.Redirects;
import ca.pratiqueshlm.output.SiteWriter;
import ca.pratiqueshlm.markdown.MarkdownRenderer;
import ca.pratiqueshlm.plan.PageJob;
import ca.pratiqueshlm.plan.Paths;
import ca.pratiqueshlm.plan.SitePlanner;
import ca.pratiqueshlm.plan.ViewFactory;
import ca.pratiqueshlm.print.PrintPublisher;
import ca.pratiqueshlm.print.QrImages;
import ca.pratiqueshlm.print.SelectionScripts;
import ca.pratiqueshlm.render.TemplateEngine;
import ca.pratiqueshlm.render.TypesetTemplateEngine;
import ca.pratiqueshlm.render.jbake.JBakeTemplateEngine;
import ca.pratiqueshlm.schema.FicheSchema;
import ca.pratiqueshlm.validation.ContentLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The whole pipeline: content -> model -> validation -> indexes -> rendering -> output. */
public final class SiteBuilder {
    /**
     * How long the build cache keeps an entry the last build did not use: a day of other builds (with
     * and without PDFs, other branches) keeps theirs, and the cache does not grow with every edit.
     */
    static final Duration UNUSED_CACHE_KEPT = Duration.ofDays(1);
    private final ProjectLayout layout;
    private final boolean pdfs;
    private final BuildCache cache;

    /** A builder without PDFs, as most tests want; the {@code build} command asks for them. */
    public SiteBuilder(ProjectLayout layout) {
        this(layout, false);
    }

    /** Where PDFs are kept between builds, keyed by what goes into them (docs/PRINT.md). */
    static final String PDF_CACHE = "target/pdf-cache";

    /**
     * @param pdfs whether to write the fiche PDFs and forum booklets: most of a build's time (see
     *             docs/PRINT.md), so quick local builds and tests leave them out
     */
    public SiteBuilder(ProjectLayout layout, boolean pdfs) {
        this(layout, pdfs, true);
    }

    /**
     * @param cached whether to use the build cache under {@code target/cache/} and the PDF cache
     *               ({@code --sans-cache}: no)
     */
    public SiteBuilder(ProjectLayout layout, boolean pdfs, boolean cached) {
        this.layout = layout;
        this.pdfs = pdfs;
        this.cache = cached ? cacheOf(layout) : BuildCache.none();
    }

    /** The project's build cache, beside its default site folder. */
    static BuildCache cacheOf(ProjectLayout layout) {
        return BuildCache.at(layout.root().resolve("target/cache"));
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
        // Held for the whole build: a second build into the same folder is told so instead of racing
        // this one, and what an interrupted build left beside the folder is repaired first.
        try (OutputFolder output = OutputFolder.claim(destination)) {
            return build(output, start);
        } catch (OutputFolder.OutputBusyException busy) {
            return BuildReport.failed(List.of(new Diagnostic(busy.destination().toString().replace('\\', '/'),
                    Position.START, "une autre construction écrit déjà dans ce dossier",
                    Optional.of("attendez qu'elle se termine (ou arrêtez « fiches serve »), puis relancez"))));
        }
    }

    private BuildReport build(OutputFolder output, long start) throws IOException {
        Path destination = output.destination();
        // Setting up the template engine is mostly class loading, a tenth of a second of a cold run: done
        // on another core while the content is read and checked.
        CompletableFuture<JBakeTemplateEngine> engineSetUp = CompletableFuture.supplyAsync(() -> {
            JBakeTemplateEngine engine = new JBakeTemplateEngine(layout.root(), layout.templates(), destination);
            // Every PDF build renders the PDF templates (its cache is keyed by their HTML): compiled here,
            // they no longer hold up the first PDF to lay out after an edit.
            if (pdfs) {
                PrintPublisher.TEMPLATES.forEach(engine::prepare);
            }
            return engine;
        });
        // Validation renders every body (bounded in time and depth); the pages reuse those renderings. Set up
        // on this thread, which needs it first: on a thread of its own (started 30 ms late) it was ready no
        // sooner (traces, docs/BENCHMARK.md, sixteenth session).
        MarkdownRenderer markdown = new MarkdownRenderer(cache::getFromDisk);
        Result<Site> loaded = new ContentLoader(layout, markdown, cache.store()).load();
        if (!loaded.isSuccess()) {
            return BuildReport.failed(loaded.problems());
        }
        JBakeTemplateEngine engine = join(engineSetUp);
        TemplateFingerprints templates = cache.keeps() ? TemplateFingerprints.of(layout.templates()) : null;
        Printing printing = pdfs ? Printing.of(layout, cache.keeps(), loaded.get().fiches(), kept(engine, templates)) : null;
        SiteOutput planned = plan(loaded.get(), markdown, engine, printing, cache, BuildMemory.oneOff(pdfs));
        try {
            return write(output, loaded.get(), kept(new TypesetTemplateEngine(engine), templates), planned, start);
        } finally {
            // The PDFs are laid out on their own threads: whatever the outcome, they are done before the
            // build answers, so a build that fails early leaves nothing writing into the PDF cache.
            planned.pdfs().handle((made, failure) -> made).join();
        }
    }

    /**
     * {@code engine}'s renderings kept in the build cache, keyed by their record and template
     * ({@link CachedPages}), when the build keeps any ({@code templates} is then not null).
     */
    private TemplateEngine kept(TemplateEngine engine, TemplateFingerprints templates) {
        return templates == null ? engine : new CachedPages(engine, templates, cache);
    }

    /**
     * Checks the planned site, then writes it with its PDFs, or writes nothing.
     *
     * @param pages renders the pages; typography is applied to the rendered text once
     *              ({@link TypesetTemplateEngine}), so editors and templates keep plain text
     */
    private BuildReport write(OutputFolder output, Site site, TemplateEngine pages, SiteOutput planned,
            long start) throws IOException {
        Path destination = output.destination();
        if (!planned.problems().isEmpty()) {
            return BuildReport.failed(planned.problems());
        }
        // The pages are written while the generated files are made and the PDFs laid out, into a staging
        // folder: the site is swapped in only once everything is there, the PDFs fit their pages, and no
        // published address is lost.
        try (SiteWriter.Staged staged = new SiteWriter(destination).stage(output, planned.pages(), pages,
                layout.assets(), List.of(), SelectionScripts.forSite(site))) {
            List<GeneratedFile> generated = planned.files();
            List<Diagnostic> lostAddresses = new AddressManifest(layout).missing(java.util.stream.Stream.concat(
                    planned.pages().stream().map(PageJob::path), generated.stream().map(GeneratedFile::path))
                    .filter(AddressManifest::isPage).toList());
            if (!lostAddresses.isEmpty()) {
                return BuildReport.failed(lostAddresses);
            }
            staged.add(generated);
            PrintPublisher.PdfOutput printed = join(planned.pdfs());
            if (!printed.problems().isEmpty()) {
                return BuildReport.failed(printed.problems());
            }
            staged.add(printed.files());
            int files = staged.commit();
            cache.prune(UNUSED_CACHE_KEPT);
            return BuildReport.succeeded(site.fiches().size(), files, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * Everything a build writes besides the assets, planned but not written: pages to render, generated
     * files, and the PDFs, still being laid out on other threads (none without PDFs); and the index they
     * were made from, which the preview keeps to write the next edited fiche's page first.
     */
    public record SiteOutput(List<PageJob> pages, CompletableFuture<List<GeneratedFile>> generated,
            List<Diagnostic> problems, CompletableFuture<PrintPublisher.PdfOutput> pdfs, SiteIndex index) {
        /** The generated files, waiting for them while they are still being made. */
        public List<GeneratedFile> files() {
            return join(generated);
        }
    }

    /** Plans the pages and makes the generated files of a valid {@code site} without PDFs, as the preview does. */
    static SiteOutput plan(Site site, MarkdownRenderer markdown, TemplateEngine engine, BuildCache cache,
            BuildMemory memory) {
        return plan(site, markdown, engine, null, cache, memory);
    }

    /**
     * @param printing how to make the PDFs; null for none
     * @param memory   what the previous builds of this session computed per fiche (empty for a one-off build)
     */
    static SiteOutput plan(Site site, MarkdownRenderer markdown, TemplateEngine engine, Printing printing,
            BuildCache cache, BuildMemory memory) {
        boolean pdfs = printing != null;
        memory.keepOnly(site.fiches());
        // The data files, schema and redirects need neither the index nor the views: started first, on
        // another core, while the index is built on this one (at 10,000 fiches, 0.6 s with the other core
        // idle); the search index follows them there once the views exist.
        CompletableFuture<List<GeneratedFile>> standalone = CompletableFuture.supplyAsync(() -> {
            List<GeneratedFile> files = new ArrayList<>(OpenData.files(site, memory.openData()));
            // The published schema is built from this build's registries, so it is never stale.
            files.add(new GeneratedFile(FicheSchema.PATH, new FicheSchema(site.registries()).bytes()));
            files.addAll(Redirects.of(site));
            return files;
        });
        SiteIndex index = SiteIndex.of(site, memory.titleKeys());
        // One view factory for the pages, the PDFs and the search index.
        ViewFactory views = new ViewFactory(site, index, markdown, memory.views());
        PrintPublisher print = new PrintPublisher(site, index, views, pdfs ? printing.templates() : engine,
                pdfs ? printing.cacheFolder() : null, cache);
        // The generated files do not depend on the pages: made on another core while the pages are planned
        // and written.
        CompletableFuture<List<GeneratedFile>> generated = standalone.thenApplyAsync(files -> {
            files.addAll(searchIndex(site, views, memory, cache));
            return List.copyOf(files);
        });
        // The PDFs need only the views: started now, on threads of their own, they are laid out while
        // the pages are planned and written instead of after (docs/BENCHMARK.md, "PDFs after one fiche
        // changed").
        CompletableFuture<PrintPublisher.PdfOutput> printed = pdfs
                ? CompletableFuture.supplyAsync(() -> print.pdfs(printing.order()), SiteBuilder::pdfThread)
                : CompletableFuture.completedFuture(PrintPublisher.PdfOutput.NONE);
        List<PageJob> jobs = new SitePlanner(site, index, views, pdfs, new QrImages(cache)::of).plan();
        return new SiteOutput(jobs, generated, List.of(), printed, index);
    }

    /** The search page's index (docs/SEARCH.md); results show the place as the site's cards do. */
    private static List<GeneratedFile> searchIndex(Site site, ViewFactory views, BuildMemory memory, BuildCache cache) {
        SearchIndex search = new SearchIndexBuilder(site, f -> Paths.fiche(f.slug()), views::place,
                memory.searchWeights(), memory.titleKeys(), cache.store()).build();
        return SearchIndexScript.files(search).entrySet().stream()
                .map(e -> new GeneratedFile(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8))).toList();
    }

    /** Not the common pool: its one worker on a 2-core machine also plans pages and makes the other files. */
    private static void pdfThread(Runnable work) {
        Thread thread = new Thread(work, "pdfs");
        thread.setDaemon(true);
        thread.start();
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
        public static BuildReport failed(List<Diagnostic> problems) {
            return new BuildReport(problems, 0, 0, 0);
        }

        public static BuildReport succeeded(int fiches, int files, long millis) {
            return new BuildReport(List.of(), fiches, files, millis);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }
}
