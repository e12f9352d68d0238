package ca.pratiqueshlm.cli;

import ca.pratiqueshlm.bench.Benchmark;
import ca.pratiqueshlm.output.SiteWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Times cold builds against stock JBake; see docs/BENCHMARK.md. */
@Command(name = "bench", description = {
        "Mesure des constructions à froid (une JVM neuve chaque fois) : le site réel, puis N fiches",
        "synthétiques avec notre build et avec JBake 2.7.0 d'origine ; affiche les médianes et le ratio."})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Option(names = "--fiches", split = ",", paramLabel = "N", description = "Tailles à mesurer (défaut : 25,1000).")
    List<Integer> sizes = List.of(25, 1000);

    @Option(names = "--runs", paramLabel = "R", description = "Constructions par mesure ; la médiane est retenue (défaut : ${DEFAULT-VALUE}).")
    int runs = 3;

    @Option(names = "--sans-jbake", description = "Ne pas mesurer JBake d'origine.")
    boolean withoutJBake;

    @Option(names = "--sans-site-reel", description = "Ne pas mesurer le site réel.")
    boolean withoutRealSite;

    @Option(names = "--jvm", paramLabel = "OPTIONS",
            description = "Options des JVM mesurées, les nôtres et celles de JBake (ex. \"-XX:TieredStopAtLevel=1\").")
    String jvm = "";

    @Option(names = "--garder", paramLabel = "DOSSIER", description = "Travailler dans ce dossier et le garder (défaut : dossier temporaire supprimé).")
    Path keep;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1 || sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1)) {
            err.println("--runs et --fiches doivent être positifs.");
            return ExitCodes.USAGE;
        }
        Path work = null;
        try {
            work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("fiches-bench-");
            out.printf("Mesures à froid, médiane de %d constructions%s (dossier : %s)%n", runs,
                    jvm.isBlank() ? "" : ", JVM lancées avec " + jvm.trim(), work);
            out.flush();
            List<Benchmark.Row> rows = new Benchmark(options.layout().root(), System.getProperty("java.class.path"),
                    jvm.isBlank() ? List.of() : List.of(jvm.trim().split("\\s+")), out)
                    .run(sizes, runs, !withoutJBake, !withoutRealSite, work);
            out.println();
            out.print(Benchmark.table(rows));
            out.printf("%nJava %s, %d processeurs.%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors());
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("Mesure interrompue : " + e.getMessage());
            return ExitCodes.INTERNAL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.INTERNAL;
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
