package ca.pratiqueshlm.index.search;

import ca.pratiqueshlm.testing.HeadlessChromium;
import ca.pratiqueshlm.testing.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Prints the size of the search index and the time of a search in headless Chromium, for the real
 * site and for a site with 1,000 synthetic fiches more. Figures, not assertions: see docs/SEARCH.md.
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ca.pratiqueshlm.index.search.SearchBenchmark [-Dexec.args="1000"]
 * </pre>
 */
public final class SearchBenchmark {
    /** Typed one letter at a time, as a reader would; each prefix is a keystroke. */
    static final List<String> QUERIES = List.of("jardin collectif", "reinsertion", "police", "aînés transport",
            "couponage", "SHQ", "participation des locataires", "Trois-Rivieres", "l'office municipal", "Maissonnette");

    static final int PASSES = 5;

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int synthetic = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path work = Files.createTempDirectory("search-bench");
        System.out.println("site              fiches  index bytes  gzipped  keystrokes  median ms  p95 ms  max ms  load ms");
        measure("réel", TestSite.copyOfRepository(work.resolve("real")), work.resolve("profile-real"));
        TestSite big = TestSite.copyOfRepository(work.resolve("synthetic"));
        SyntheticFiches.write(big.root().resolve("content/fiches"), synthetic);
        measure("réel + " + synthetic, big, work.resolve("profile-synthetic"));
    }

    private static void measure(String label, TestSite site, Path profile) throws IOException {
        var report = site.build();
        if (!report.ok()) {
            throw new IllegalStateException(report.problems().toString());
        }
        // Every file of the index: a split site (over 300 fiches) has its parts beside the first script.
        long[] index = Keystrokes.indexOnDisk(site.output());
        ChromeDriver browser = HeadlessChromium.start(profile);
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(10));
        try {
            // Five fresh page loads, each typing every query; per keystroke the best of the five is
            // kept, since the machine is shared and the others' load is not ours.
            double[] best = null;
            double load = Double.MAX_VALUE;
            for (int pass = 0; pass < PASSES; pass++) {
                browser.get(BuiltSite.url(site, "recherche.html"));
                new WebDriverWait(browser, java.time.Duration.ofSeconds(60))
                        .until(d -> !d.findElement(By.id("etat-recherche")).getText().isEmpty());
                List<Double> times = java.util.Arrays.stream(Keystrokes.time(browser, QUERIES)).boxed().toList();
                Object loaded = browser.executeScript(
                        "return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;");
                if (best == null) {
                    best = new double[times.size()];
                    java.util.Arrays.fill(best, Double.MAX_VALUE);
                }
                for (int k = 0; k < best.length; k++) {
                    best[k] = Math.min(best[k], number(times.get(k)));
                }
                load = Math.min(load, number(loaded));
            }
            double[] sorted = best.clone();
            java.util.Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%-16s %7d %12d %8d %11d %10.1f %7.1f %7.1f %8.0f%n", label,
                    report.fiches(), index[1], index[2], sorted.length,
                    sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)], sorted[sorted.length - 1], load);
        } finally {
            browser.quit();
        }
    }

    static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
