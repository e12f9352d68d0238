package ca.pratiqueshlm.print;

import ca.pratiqueshlm.pipeline.SiteBuilder.BuildReport;
import ca.pratiqueshlm.pipeline.SiteBuilder;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures what PDFs add to a build; run on demand only ({@code -Dprint.timing=true}), since timings
 * are not assertions. Prints build times with and without PDFs and the size of the pdf/ folder.
 */
@EnabledIfSystemProperty(named = "print.timing", matches = "true")
class PrintTiming {
    @Test
    void realSite(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.copyOfRepository(dir);
        measure("real site", site);
    }

    @Test
    void thousandSyntheticFiches(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.create(dir);
        int count = Integer.getInteger("print.timing.fiches", 1000);
        for (int i = 0; i < count; i++) {
            site.fiche(String.format("fiche-synthetique-%04d", i), "");
        }
        measure(count + " synthetic fiches", site);
    }

    private static void measure(String label, TestSite site) throws IOException {
        // A first build warms the JIT up; the next ones are what a developer waits for.
        build(site, false);
        long cpu0 = cpuMillis();
        long without = build(site, false);
        long cpu1 = cpuMillis();
        long with = build(site, true);
        long cpu2 = cpuMillis();
        System.out.printf("%s: build without PDFs %d ms (CPU %d ms), with PDFs %d ms (CPU %d ms): +%d ms wall,"
                        + " +%d ms CPU; pdf/ holds %d files, %d KB; biggest: %s%n",
                label, without, cpu1 - cpu0, with, cpu2 - cpu1, with - without, (cpu2 - cpu1) - (cpu1 - cpu0),
                count(site.output().resolve("pdf")), size(site.output().resolve("pdf")) / 1024,
                biggest(site.output().resolve("pdf")));
    }

    /** CPU time of the whole JVM, every thread: on a shared machine, wall time says little. */
    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static String biggest(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted(Comparator.comparingLong((Path f) -> f.toFile().length()).reversed()).limit(3)
                    .map(f -> f.getFileName() + " " + f.toFile().length() / 1024 + " KB")
                    .collect(Collectors.joining(", "));
        }
    }

    private static long build(TestSite site, boolean pdfs) throws IOException {
        BuildReport report = new SiteBuilder(site.layout(), pdfs).build(site.output());
        if (!report.ok()) {
            throw new AssertionError(report.problems().toString());
        }
        return report.millis();
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

}
