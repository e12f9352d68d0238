package ca.pratiqueshlm.bench;

import ca.pratiqueshlm.bench.ProcessTimer.Measure;
import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.output.SiteWriter;
import ca.pratiqueshlm.plan.Paths;
import ca.pratiqueshlm.validation.RegistryLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Times cold builds, each in a new process as an editor would run them (our product jar, stock JBake
 * 2.7.0, Hugo where installed, on the same synthetic practices), and the preview's edit-to-reload time.
 */
public final class Benchmark {
    static final String OUR_MAIN = "ca.pratiqueshlm.cli.Main";
    static final String JBAKE_MAIN = "ca.pratiqueshlm.bench.jbake.StockJBake";
    static final long SEED = 2014;
    /** The launcher's collector for every command but a build with PDFs ({@link #PARALLEL_COLLECTOR}). */
    static final String SERIAL_COLLECTOR = "-XX:+UseSerialGC";
    /**
     * The collector of a build with PDFs: its one young collection comes while the edited fiche's layout
     * runs alone, and copies with both cores (docs/BENCHMARK.md, twentieth session).
     */
    static final String PARALLEL_COLLECTOR = "-XX:+UseParallelGC";
    /** The JVM options of the {@code fiches} launcher script at the repository root; keep the two equal. */
    static final List<String> LAUNCHER_OPTIONS = launcherOptions(List.of("-XX:TieredStopAtLevel=1",
            SERIAL_COLLECTOR, "-XX:MaxHeapFreeRatio=30", "-XX:MinHeapFreeRatio=10"));
    /** The launcher's options for {@code serve}: a long run, where the optimising compiler pays. */
    static final List<String> PREVIEW_OPTIONS = launcherOptions(List.of(SERIAL_COLLECTOR,
            "-XX:MaxHeapFreeRatio=30", "-XX:MinHeapFreeRatio=10"));

    /** Added by the launcher to a build without PDFs (the same code for every fiche: compiled sooner). */
    static final List<String> WITHOUT_PDF_OPTIONS = List.of("-XX:CompileThresholdScaling=0.2");
    /** Added by the launcher to a build with PDFs (one young collection after an edit instead of two). */
    static final List<String> WITH_PDF_OPTIONS = List.of("-Xmn150m");

    /**
     * The options the launcher runs {@code args} with, from {@code ours}: a build without PDFs gets
     * {@link #WITHOUT_PDF_OPTIONS}, one with PDFs {@link #WITH_PDF_OPTIONS} and the parallel collector.
     * Options given with --jvm are used as they are.
     */
    static List<String> forBuild(List<String> ours, List<String> args) {
        if (!ours.containsAll(LAUNCHER_OPTIONS) || !args.contains("build")) {
            return ours;
        }
        List<String> options = new ArrayList<>(ours);
        if (args.contains("--no-pdf")) {
            options.addAll(WITHOUT_PDF_OPTIONS);
        } else {
            options.replaceAll(option -> option.equals(SERIAL_COLLECTOR) ? PARALLEL_COLLECTOR : option);
            options.addAll(WITH_PDF_OPTIONS);
        }
        return List.copyOf(options);
    }

    /** As the launcher: huge pages asked for where the kernel gives them on request. */
    private static List<String> launcherOptions(List<String> options) {
        List<String> all = new ArrayList<>(options);
        try {
            if (Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled")).contains("[madvise]")) {
                all.add("-XX:+UseTransparentHugePages");
            }
        } catch (IOException | RuntimeException notLinux) {
            // No such setting: the launcher adds nothing either.
        }
        return List.copyOf(all);
    }

    /** What to measure. */
    public record Plan(List<Integer> sizes, int runs, int jbakeMax, boolean jbake, boolean hugo, boolean realSite,
            List<Integer> previewSizes, int edits, List<String> jvmOptions) {}

    private final Path repository;
    private final String benchClasspath;
    private final PrintWriter out;

    /** @param benchClasspath this JVM's class path, which holds stock JBake and its OrientDB */
    public Benchmark(Path repository, String benchClasspath, PrintWriter out) {
        this.repository = repository.toAbsolutePath().normalize();
        this.benchClasspath = absolute(benchClasspath);
        this.out = out;
    }

    public BenchReport run(Plan plan, Path work) throws IOException, InterruptedException {
        try (OutputBin bin = new OutputBin(work)) {
            return run(plan, work, bin);
        }
    }

    private BenchReport run(Plan plan, Path work, OutputBin bin) throws IOException, InterruptedException {
        ProcessTimer timer = new ProcessTimer(Files.createDirectories(work.resolve("logs")));
        Path jar = repository.resolve("target/fiches.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " est introuvable : lancez d'abord « mvn package ».");
        }
        List<String> ours = oursOptions(timer, jar, plan.jvmOptions(), work, bin);
        Optional<String> hugo = plan.hugo() ? Hugo.version() : Optional.empty();
        String hugoNote = !plan.hugo() ? "Hugo non mesuré (--sans-hugo)."
                : hugo.map(v -> "Hugo : " + v).orElse("Hugo non mesuré : la commande « hugo » est introuvable "
                        + "(apt-get install hugo).");
        say(hugoNote);
        BenchReport report = new BenchReport(hugoNote);
        Registries registries = registries();
        for (int size : plan.sizes()) {
            List<SyntheticFiche> fiches = SyntheticCorpus.generate(registries, size, SEED);
            Path project = BenchProjects.ours(repository, work.resolve("fiches-" + size), fiches);
            Path output = work.resolve("fiches-" + size + "-site");
            // HTML only, like the baselines: PDFs are timed on the real site.
            List<String> args = List.of("build", "--no-pdf", "--project", project.toString(), "--output",
                    output.toString());
            // The first build of a fresh clone: nothing in target/cache/ yet. Timed on its own, so that the
            // cold builds below are all alike (each a new process reading the cache this one filled); until
            // the nineteenth session it was one of the three, and their median the slower of the other two.
            SiteWriter.deleteTree(project.resolve("target"));
            bin.discard(output);
            Measure emptyCache = timer.time("ours-" + size + "-0", ProcessTimer.java(jar.toString(),
                    forBuild(ours, args), OUR_MAIN, args));
            say(String.format(Locale.ROOT, "%d fiches, notre build, cache vide : %.2f s, %d Mo", size,
                    emptyCache.seconds(), emptyCache.peakKb() / 1024));
            // One build of each tool per round (ours, JBake, Hugo), so that the ratios compare builds made in
            // the same minutes of this shared machine.
            List<Rounds.TimedRun> contestants = new ArrayList<>();
            contestants.add(i -> {
                bin.discard(output);
                return timer.time("ours-" + size + "-" + i, ProcessTimer.java(jar.toString(), forBuild(ours, args),
                        OUR_MAIN, args));
            });
            boolean withJBake = plan.jbake() && size <= plan.jbakeMax();
            Path jbakeOut = work.resolve("jbake-" + size + "-site");
            if (withJBake) {
                Path source = BenchProjects.jbake(work.resolve("jbake-" + size), fiches);
                contestants.add(i -> {
                    bin.discard(jbakeOut);
                    return timer.time("jbake-" + size + "-" + i, ProcessTimer.java(benchClasspath, plan.jvmOptions(),
                            JBAKE_MAIN, List.of(source.toString(), jbakeOut.toString())));
                });
            }
            Path hugoOut = work.resolve("hugo-" + size + "-site");
            if (hugo.isPresent()) {
                Path source = BenchProjects.hugo(work.resolve("hugo-" + size), fiches);
                contestants.add(i -> {
                    bin.discard(hugoOut);
                    return timer.time("hugo-" + size + "-" + i, List.of("hugo", "--quiet", "--source", source.toString(),
                            "--destination", hugoOut.toString()));
                });
            }
            List<Measure> medians = Rounds.interleaved(plan.runs(), contestants);
            Measure oursBuild = medians.get(0);
            say(String.format(Locale.ROOT, "%d fiches, notre build : %.2f s, %d Mo", size, oursBuild.seconds(),
                    oursBuild.peakKb() / 1024));
            Measure jbakeBuild = null;
            if (withJBake) {
                jbakeBuild = medians.get(1);
                checkPages(jbakeOut.resolve("fiches"), p -> p.toString().endsWith(".html"), size, "JBake");
                say(String.format(Locale.ROOT, "%d fiches, JBake 2.7.0 : %.2f s", size, jbakeBuild.seconds()));
            }
            Measure hugoBuild = null;
            if (hugo.isPresent()) {
                hugoBuild = medians.get(medians.size() - 1);
                checkPages(hugoOut.resolve("fiches"), p -> Files.isRegularFile(p.resolve("index.html")), size, "Hugo");
                say(String.format(Locale.ROOT, "%d fiches, Hugo : %.2f s, %d Mo", size, hugoBuild.seconds(),
                        hugoBuild.peakKb() / 1024));
            }
            report.builds().add(new BenchReport.BuildRow("synthétique", size, emptyCache, oursBuild, jbakeBuild, hugoBuild));
            if (plan.previewSizes().contains(size)) {
                preview(timer, jar, ours, plan, report, fiches, project, hugo.isPresent(), work);
            }
        }
        // Last: each of its rebuilds deletes the site it replaces, as an editor's build does, and a cold
        // build timed within the next minutes would pay for those freed inodes (see OutputBin).
        if (plan.realSite()) {
            realSite(timer, jar, ours, plan, report, work, bin);
        }
        return report;
    }

    private void realSite(ProcessTimer timer, Path jar, List<String> ours, Plan plan, BenchReport report, Path work,
            OutputBin bin) throws IOException, InterruptedException {
        Path output = work.resolve("site-reel");
        int count;
        try (var files = Files.list(repository.resolve("content/fiches"))) {
            count = (int) files.filter(p -> p.toString().endsWith(".md")).count();
        }
        List<Rounds.TimedRun> kinds = new ArrayList<>();
        for (boolean pdf : List.of(false, true)) {
            List<String> args = new ArrayList<>(List.of("build", "--project", repository.toString(), "--output",
                    output.toString()));
            if (!pdf) {
                args.add(1, "--no-pdf");
            }
            kinds.add(i -> {
                bin.discard(output);
                return timer.time("ours-reel-" + (pdf ? "pdf-" : "") + i, ProcessTimer.java(jar.toString(),
                        forBuild(ours, args), OUR_MAIN, args));
            });
        }
        List<Measure> medians = Rounds.interleaved(plan.runs(), kinds);
        for (boolean pdf : List.of(false, true)) {
            Measure build = medians.get(pdf ? 1 : 0);
            String label = pdf ? "site réel + PDF" : "site réel";
            // Measured last, listed first.
            report.builds().add(pdf ? 1 : 0, new BenchReport.BuildRow(label, count, null, build, null, null));
            say(String.format(Locale.ROOT, "%s : %.2f s, %d Mo", label, build.seconds(), build.peakKb() / 1024));
        }
        // Seven pairs at least: on this shared machine the median of three moved by a quarter between two
        // runs of the same code (docs/BENCHMARK.md, thirteenth session), and that of five from 1.38x to
        // 1.87x within an hour (sixteenth session); each pair takes about 4 s.
        EditedRebuild.Pair edited = new EditedRebuild(timer, jar.toString(), ours).measure(repository, work,
                Math.max(plan.runs(), 7));
        report.rebuilds().add(edited);
        say(String.format(Locale.ROOT, "site réel, une fiche modifiée : HTML seul %.2f s, avec les PDF %.2f s (%.2f×)",
                edited.html().seconds(), edited.pdf().seconds(), edited.ratio()));
        if (plan.edits() > 0) {
            Path project = BenchProjects.realCopy(repository, work.resolve("apercu-reel"));
            Path fiche;
            try (var files = Files.list(project.resolve("content/fiches"))) {
                fiche = files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
            }
            Path site = work.resolve("apercu-reel-site");
            PreviewLatency.Latency latency = new PreviewLatency(timer, plan.edits()).measure("apercu-reel",
                    serve(jar, ours, plan, project, site), project, fiche, site.resolve(Paths.fiche(slug(fiche))),
                    "Aperçu : ", "/" + Paths.fiche(slug(fiche)));
            report.previews().add(0, new BenchReport.PreviewRow("site réel", count, latency, null));
            say(String.format(Locale.ROOT, "aperçu du site réel : %.0f ms (reconstruction complète %.0f ms)",
                    latency.reloadMillis(), latency.rebuildMillis()));
        }
    }

    private void preview(ProcessTimer timer, Path jar, List<String> ours, Plan plan, BenchReport report,
            List<SyntheticFiche> fiches, Path project, boolean withHugo, Path work) throws IOException, InterruptedException {
        if (plan.edits() < 1) {
            return;
        }
        int size = fiches.size();
        SyntheticFiche edited = fiches.get(size / 2);
        Path site = work.resolve("apercu-" + size + "-site");
        PreviewLatency latency = new PreviewLatency(timer, plan.edits());
        PreviewLatency.Latency oursLatency = latency.measure("apercu-" + size, serve(jar, ours, plan, project, site), project,
                project.resolve("content/fiches/" + edited.slug() + ".md"), site.resolve(Paths.fiche(edited.slug())),
                "Aperçu : ", "/" + Paths.fiche(edited.slug()));
        say(String.format(Locale.ROOT, "aperçu, %d fiches, notre serveur : %.0f ms (reconstruction complète %.0f ms)",
                size, oursLatency.reloadMillis(), oursLatency.rebuildMillis()));
        PreviewLatency.Latency hugo = null;
        if (withHugo) {
            Path source = work.resolve("hugo-" + size);
            Path hugoSite = work.resolve("hugo-apercu-" + size + "-site");
            List<String> command = List.of("hugo", "server", "--source", source.toString(), "--destination",
                    hugoSite.toString(), "--renderToDisk", "--bind", "127.0.0.1", "--port", Integer.toString(freePort()));
            hugo = latency.measure("hugo-apercu-" + size, command, source,
                    source.resolve("content/fiches/" + edited.slug() + ".md"),
                    hugoSite.resolve("fiches/" + edited.slug() + "/index.html"), "Web Server is available", null);
            say(String.format(Locale.ROOT, "aperçu, %d fiches, hugo server : %.0f ms (reconstruction complète %.0f ms)",
                    size, hugo.reloadMillis(), hugo.rebuildMillis()));
        }
        report.previews().add(new BenchReport.PreviewRow("synthétique", size, oursLatency, hugo));
    }

    /**
     * As the launcher runs the preview: without the C1-only option of one-off builds; options given
     * with --jvm are used as they are.
     */
    private static List<String> serve(Path jar, List<String> ours, Plan plan, Path project, Path site) {
        List<String> options = !plan.jvmOptions().isEmpty() ? ours : ours.stream()
                .filter(option -> PREVIEW_OPTIONS.contains(option) || !LAUNCHER_OPTIONS.contains(option)).toList();
        return ProcessTimer.java(jar.toString(), options, OUR_MAIN,
                List.of("serve", "--project", project.toString(), "--output", site.toString(), "--port", "0"));
    }

    /**
     * Our JVM options: those of the {@code fiches} launcher script plus the class-data archive it makes
     * on its first run, made here by one untimed training build. Options given with --jvm replace them.
     */
    private List<String> oursOptions(ProcessTimer timer, Path jar, List<String> given, Path work, OutputBin bin)
            throws IOException, InterruptedException {
        if (!given.isEmpty()) {
            return given;
        }
        Path archive = work.resolve("fiches.jsa");
        Path classes = work.resolve("fiches.classlist");
        Path output = work.resolve("entrainement");
        List<String> args = List.of("build", "--no-pdf", "--project", repository.toString(), "--output",
                output.toString());
        List<String> training = new ArrayList<>(forBuild(LAUNCHER_OPTIONS, args));
        training.add("-XX:DumpLoadedClassList=" + classes);
        // As the launcher's first run: the PDF libraries go into the archive too.
        training.add("-Dfiches.archive.training=true");
        timer.time("entrainement-cds", ProcessTimer.java(jar.toString(), training, OUR_MAIN, args));
        bin.discard(output);
        // As the launcher after its first run: a static archive of the classes that run loaded.
        timer.time("archive-cds", ProcessTimer.java(jar.toString(), List.of("-Xshare:dump",
                "-XX:SharedClassListFile=" + classes, "-XX:SharedArchiveFile=" + archive), OUR_MAIN, List.of()));
        List<String> options = new ArrayList<>(LAUNCHER_OPTIONS);
        options.add("-XX:SharedArchiveFile=" + archive);
        // As the launcher: the archive mapped where it was made, not relocated.
        options.addAll(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0"));
        return options;
    }

    private Registries registries() throws IOException {
        List<Diagnostic> problems = new ArrayList<>();
        Registries registries = new RegistryLoader(new ProjectLayout(repository)).load(problems);
        if (!problems.isEmpty()) {
            throw new IOException("registres invalides : " + problems.get(0).format());
        }
        return registries;
    }

    /** A baseline that wrote nothing would make a meaningless comparison. */
    private static void checkPages(Path folder, java.util.function.Predicate<Path> page, int expected, String tool)
            throws IOException {
        long pages;
        try (var files = Files.list(folder)) {
            pages = files.filter(page).count();
        } catch (IOException e) {
            throw new IOException(tool + " n'a rien produit dans " + folder, e);
        }
        if (pages != expected) {
            throw new IOException(tool + " a produit " + pages + " pages au lieu de " + expected + " dans " + folder);
        }
    }

    private static String slug(Path fiche) {
        String name = fiche.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void say(String line) {
        out.println("  " + line);
        out.flush();
    }

    private static String absolute(String classpath) {
        return Arrays.stream(classpath.split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }
}
