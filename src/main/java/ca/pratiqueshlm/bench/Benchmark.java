package ca.pratiqueshlm.bench;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.output.SiteWriter;
import ca.pratiqueshlm.validation.RegistryLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times cold builds, each in a new JVM as an editor would run them: our build of the real site, then
 * for each size our build and stock JBake 2.7.0 on the same synthetic practices.
 */
public final class Benchmark {
    static final String OUR_MAIN = "ca.pratiqueshlm.cli.Main";
    static final String JBAKE_MAIN = "ca.pratiqueshlm.render.jbake.StockJBake";
    static final long SEED = 2014;

    private final Path repository;
    private final String classpath;
    private final PrintWriter out;
    private final List<String> jvmOptions;

    public Benchmark(Path repository, String classpath, List<String> jvmOptions, PrintWriter out) {
        this.repository = repository.toAbsolutePath().normalize();
        this.classpath = classpath;
        this.out = out;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** One line of the table; {@code jbakeSeconds} is NaN where JBake was not run. */
    public record Row(String label, int fiches, double oursSeconds, double jbakeSeconds) {
        public double ratio() {
            return jbakeSeconds / oursSeconds;
        }
    }

    public List<Row> run(List<Integer> sizes, int runs, boolean withJBake, boolean realSite, Path work)
            throws IOException, InterruptedException {
        Path logs = Files.createDirectories(work.resolve("logs"));
        ProcessTimer timer = new ProcessTimer(classpath, logs, jvmOptions);
        List<String> ours = oursOptions(timer, work);
        List<Row> rows = new ArrayList<>();
        if (realSite) {
            Path output = work.resolve("site-reel");
            int count;
            try (var files = Files.list(repository.resolve("content/fiches"))) {
                count = (int) files.filter(p -> p.toString().endsWith(".md")).count();
            }
            double html = median(runs, i -> {
                SiteWriter.deleteTree(output);
                return timer.time("ours-reel-" + i, OUR_MAIN, List.of("build", "--no-pdf", "--project",
                        repository.toString(), "--output", output.toString()), ours);
            });
            rows.add(new Row("site réel", count, html, Double.NaN));
            out.printf(Locale.ROOT, "  site réel : %.2f s%n", html);
            double withPdf = median(runs, i -> {
                SiteWriter.deleteTree(output);
                return timer.time("ours-reel-pdf-" + i, OUR_MAIN, List.of("build", "--project",
                        repository.toString(), "--output", output.toString()), ours);
            });
            rows.add(new Row("site réel + PDF", count, withPdf, Double.NaN));
            out.printf(Locale.ROOT, "  site réel avec PDF et livrets : %.2f s%n", withPdf);
            out.flush();
        }
        List<Diagnostic> problems = new ArrayList<>();
        Registries registries = new RegistryLoader(new ProjectLayout(repository)).load(problems);
        if (!problems.isEmpty()) {
            throw new IOException("registres invalides : " + problems.get(0).format());
        }
        for (int size : sizes) {
            List<SyntheticFiche> fiches = SyntheticCorpus.generate(registries, size, SEED);
            Path oursProject = BenchProjects.ours(repository, work.resolve("fiches-" + size), fiches);
            Path jbake = BenchProjects.jbake(work.resolve("jbake-" + size), fiches);
            Path oursOut = work.resolve("fiches-" + size + "-site");
            Path jbakeOut = work.resolve("jbake-" + size + "-site");
            double oursSeconds = median(runs, i -> {
                SiteWriter.deleteTree(oursOut);
                // HTML only, like stock JBake: PDFs are timed on the real site above (docs/PRINT.md).
                return timer.time("ours-" + size + "-" + i, OUR_MAIN, List.of("build", "--no-pdf", "--project",
                        oursProject.toString(), "--output", oursOut.toString()), ours);
            });
            out.printf(Locale.ROOT, "  %d fiches, notre build : %.2f s%n", size, oursSeconds);
            out.flush();
            double jbakeSeconds = Double.NaN;
            if (withJBake) {
                jbakeSeconds = median(runs, i -> {
                    SiteWriter.deleteTree(jbakeOut);
                    return timer.time("jbake-" + size + "-" + i, JBAKE_MAIN,
                            List.of(jbake.toString(), jbakeOut.toString()));
                });
                checkJBakeOutput(jbakeOut, size);
                out.printf(Locale.ROOT, "  %d fiches, JBake 2.7.0 : %.2f s%n", size, jbakeSeconds);
                out.flush();
            }
            rows.add(new Row("synthétique", size, oursSeconds, jbakeSeconds));
        }
        return rows;
    }

    /**
     * Our JVM options: those of the {@code fiches} launcher script (C1 only and the serial collector,
     * which suit a short run on two cores) plus the class-data archive the launcher makes on its first
     * run, made here by one untimed training build. Options given with --jvm replace them.
     */
    private List<String> oursOptions(ProcessTimer timer, Path work) throws IOException, InterruptedException {
        if (!jvmOptions.isEmpty()) {
            return jvmOptions;
        }
        Path archive = work.resolve("fiches.jsa");
        Path output = work.resolve("entrainement");
        List<String> training = new ArrayList<>(LAUNCHER_OPTIONS);
        training.add("-XX:ArchiveClassesAtExit=" + archive);
        timer.time("entrainement-cds", OUR_MAIN, List.of("build", "--no-pdf", "--project", repository.toString(),
                "--output", output.toString()), training);
        SiteWriter.deleteTree(output);
        List<String> options = new ArrayList<>(LAUNCHER_OPTIONS);
        options.add("-XX:SharedArchiveFile=" + archive);
        return options;
    }

    /** The JVM options of the {@code fiches} launcher script at the repository root; keep the two equal. */
    static final List<String> LAUNCHER_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** A JBake run that wrote nothing would make a meaningless baseline. */
    private static void checkJBakeOutput(Path output, int size) throws IOException {
        Path fiches = output.resolve("fiches");
        long pages;
        try (var files = Files.list(fiches)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).count();
        } catch (IOException e) {
            throw new IOException("JBake n'a rien produit dans " + fiches, e);
        }
        if (pages != size || !Files.exists(output.resolve("index.html"))) {
            throw new IOException("JBake a produit " + pages + " pages au lieu de " + size + " dans " + fiches);
        }
    }

    interface TimedRun {
        double run(int index) throws IOException, InterruptedException;
    }

    static double median(int runs, TimedRun run) throws IOException, InterruptedException {
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            seconds[i] = run.run(i + 1);
        }
        java.util.Arrays.sort(seconds);
        return runs % 2 == 1 ? seconds[runs / 2] : (seconds[runs / 2 - 1] + seconds[runs / 2]) / 2;
    }

    /** The table the command prints and docs/BENCHMARK.md records. */
    public static String table(List<Row> rows) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "| %-12s | %7s | %15s | %15s | %7s |%n", "contenu", "fiches",
                "notre build (s)", "JBake 2.7.0 (s)", "ratio"));
        text.append("|--------------|---------|-----------------|-----------------|---------|\n");
        for (Row row : rows) {
            boolean jbake = !Double.isNaN(row.jbakeSeconds());
            text.append(String.format(Locale.ROOT, "| %-12s | %7d | %15.2f | %15s | %7s |%n", row.label(), row.fiches(),
                    row.oursSeconds(), jbake ? String.format(Locale.ROOT, "%.2f", row.jbakeSeconds()) : "—",
                    jbake ? String.format(Locale.ROOT, "%.1f×", row.ratio()) : "—"));
        }
        return text.toString();
    }
}
