package ca.pratiqueshlm.bench;

import ca.pratiqueshlm.output.SiteWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./fiches bench}: kept out of the product jar (it needs stock JBake and its OrientDB), run by
 * the launcher from the test classes; see docs/BENCHMARK.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = {
        "Mesure des constructions à froid (un processus neuf chaque fois) : le site réel, puis N fiches",
        "synthétiques avec notre build, JBake 2.7.0 d'origine et Hugo (s'il est installé), avec la mémoire",
        "maximale ; puis le temps entre la modification d'une fiche et le rechargement de l'aperçu."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--project", paramLabel = "DOSSIER", description = "Racine du projet (défaut : dossier courant).")
    Path project = Path.of(".");

    @Option(names = "--fiches", split = ",", paramLabel = "N", description = "Tailles à mesurer (défaut : 1000,10000).")
    List<Integer> sizes = List.of(1000, 10_000);

    @Option(names = "--runs", paramLabel = "R", description = "Constructions par mesure ; la médiane est retenue (défaut : ${DEFAULT-VALUE}).")
    int runs = 3;

    @Option(names = "--jbake-max", paramLabel = "N", description = "Plus grande taille mesurée avec JBake, très lent (défaut : ${DEFAULT-VALUE}).")
    int jbakeMax = 1000;

    @Option(names = "--apercu", split = ",", paramLabel = "N", description = "Tailles où mesurer l'aperçu (défaut : 1000).")
    List<Integer> previewSizes = List.of(1000);

    @Option(names = "--modifications", paramLabel = "M", description = "Modifications mesurées par aperçu ; 0 = pas d'aperçu (défaut : ${DEFAULT-VALUE}).")
    int edits = 5;

    @Option(names = "--sans-jbake", description = "Ne pas mesurer JBake d'origine.")
    boolean withoutJBake;

    @Option(names = "--sans-hugo", description = "Ne pas mesurer Hugo.")
    boolean withoutHugo;

    @Option(names = "--sans-site-reel", description = "Ne pas mesurer le site réel.")
    boolean withoutRealSite;

    @Option(names = "--jvm", paramLabel = "OPTIONS",
            description = "Options des JVM mesurées, les nôtres et celles de JBake (ex. \"-XX:TieredStopAtLevel=1\").")
    String jvm = "";

    @Option(names = "--garder", paramLabel = "DOSSIER", description = "Travailler dans ce dossier et le garder (défaut : dossier temporaire supprimé).")
    Path keep;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        CommandLine line = new CommandLine(new BenchCommand());
        line.setOut(out);
        line.setErr(err);
        System.exit(line.execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1 || edits < 0 || sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1)) {
            err.println("--runs et --fiches doivent être positifs.");
            return 2;
        }
        Path work = null;
        try {
            work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("fiches-bench-");
            out.printf("Mesures à froid, médiane de %d constructions%s (dossier : %s)%n", runs,
                    jvm.isBlank() ? "" : ", JVM lancées avec " + jvm.trim(), work);
            out.flush();
            Benchmark.Plan plan = new Benchmark.Plan(sizes, runs, jbakeMax, !withoutJBake, !withoutHugo, !withoutRealSite,
                    previewSizes, edits, jvm.isBlank() ? List.of() : List.of(jvm.trim().split("\\s+")));
            BenchReport report = new Benchmark(project, System.getProperty("java.class.path"), out).run(plan, work);
            out.println();
            out.print(report.tables());
            out.printf("%nJava %s, %d processeurs, charge moyenne %.1f (machine partagée : comparez les ratios).%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            return 0;
        } catch (IOException e) {
            err.println("Mesure interrompue : " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            if (keep == null && work != null) {
                try {
                    SiteWriter.deleteTree(work);
                } catch (IOException e) {
                    err.println("Dossier temporaire non supprimé : " + work);
                }
            }
        }
    }
}
