package ca.pratiqueshlm.index.search;

import ca.pratiqueshlm.testing.HeadlessChromium;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Our search beside Pagefind (npm package pagefind) on the same built site, over HTTP on 127.0.0.1
 * (Pagefind fetches its files, so it cannot run from file://). Pagefind indexes the fiche pages only,
 * as our index does. Prints index bytes and bytes loaded for a first query (gzipped), time to first result and
 * time per keystroke. Figures, not assertions: see docs/SEARCH.md.
 *
 * <pre>
 * npm install --prefix /tmp/pf pagefind
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ca.pratiqueshlm.index.search.PagefindComparison \
 *     -Dexec.args="/tmp/pf/node_modules/.bin/pagefind 1000"
 * </pre>
 */
public final class PagefindComparison {
    private PagefindComparison() {}

    public static void main(String[] args) throws Exception {
        String pagefind = args[0];
        int synthetic = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Path work = Files.createTempDirectory("search-vs-pagefind");
        System.out.println("site          engine    index gz bytes  first-query gz bytes  first result ms  keystroke median ms  p95 ms");
        compare("réel", TestSite.copyOfRepository(work.resolve("real")), pagefind, work.resolve("profile-real"));
        TestSite big = TestSite.copyOfRepository(work.resolve("synthetic"));
        SyntheticFiches.write(big.root().resolve("content/fiches"), synthetic);
        compare("réel + " + synthetic, big, pagefind, work.resolve("profile-synthetic"));
    }

    private static void compare(String label, TestSite site, String pagefind, Path profile) throws Exception {
        if (!site.build().ok()) {
            throw new IllegalStateException("build failed");
        }
        Path out = site.output();
        Process process = new ProcessBuilder(pagefind, "--site", out.toString(), "--glob", "fiches/*.html")
                .redirectErrorStream(true).redirectOutput(out.resolveSibling("pagefind.log").toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pagefind failed: " + Files.readString(out.resolveSibling("pagefind.log")));
        }
        // A page without the site's Content-Security-Policy, which would forbid Pagefind's WebAssembly.
        Files.writeString(out.resolve("pagefind-bench.html"), "<!DOCTYPE html><html lang=\"fr\"><title>bench</title></html>");
        long ourIndex = Keystrokes.indexOnDisk(out)[2]; // the first script and, on a split site, every part
        long pagefindIndex;
        // Pagefind's search data only (already compressed), not its UI bundles, worker and WebAssembly.
        try (Stream<Path> files = Files.walk(out.resolve("pagefind"))) {
            pagefindIndex = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*(\\.pf_\\w+|pagefind-entry\\.json)$"))
                    .mapToLong(f -> f.toFile().length()).sum();
        }
        ChromeDriver browser = HeadlessChromium.start(profile);
        browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(10));
        try (StaticServer server = new StaticServer(out)) {
            double[] ours = {Double.MAX_VALUE, Double.MAX_VALUE, 0};
            double[] theirs = {Double.MAX_VALUE, 0};
            double[] ourKeys = null;
            double[] theirKeys = null;
            for (int pass = 0; pass < SearchBenchmark.PASSES; pass++) {
                server.served();
                browser.get(server.url("recherche.html?q=jardin"));
                new WebDriverWait(browser, Duration.ofSeconds(60))
                        .until(d -> !d.findElement(By.id("etat-recherche")).getText().isEmpty());
                List<Path> served = server.served();
                Object ourFirst = browser.executeScript(
                        "return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;");
                // Each keystroke until its results are drawn, parts of a split index loaded on the way.
                double[] keys = Keystrokes.time(browser, SearchBenchmark.QUERIES);
                ours[0] = Math.min(ours[0], SearchBenchmark.number(ourFirst));
                // The search's own files; the page and its styles would be there with any engine.
                ours[2] = Math.max(ours[2], gzippedBytes(served.stream()
                        .filter(f -> f.toString().endsWith(".js")).toList()));
                ourKeys = best(ourKeys, java.util.Arrays.stream(keys).boxed().toList());

                browser.get(server.url("pagefind-bench.html"));
                server.served();
                Object first = browser.executeAsyncScript("""
                        var done = arguments[arguments.length - 1];
                        (async function () {
                          var start = performance.now();
                          window.pagefind = await import('/pagefind/pagefind.js');
                          await pagefind.init();
                          var search = await pagefind.search('jardin');
                          await Promise.all(search.results.slice(0, 10).map(function (r) { return r.data(); }));
                          done(performance.now() - start
                              + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd);
                        })().catch(function (e) { done('error: ' + e); });
                        """);
                if (first instanceof String) {
                    throw new IllegalStateException("pagefind in the browser: " + first);
                }
                theirs[0] = Math.min(theirs[0], SearchBenchmark.number(first));
                theirs[1] = Math.max(theirs[1], gzippedBytes(server.served()));
                Object times = browser.executeAsyncScript("""
                        var done = arguments[arguments.length - 1], queries = arguments[0];
                        (async function () {
                          var times = [];
                          for (var q = 0; q < queries.length; q++) {
                            for (var n = 1; n <= queries[q].length; n++) {
                              var t = performance.now();
                              var r = await pagefind.search(queries[q].slice(0, n));
                              await Promise.all(r.results.slice(0, 10).map(function (x) { return x.data(); }));
                              times.push(performance.now() - t);
                            }
                          }
                          done(times);
                        })();
                        """, SearchBenchmark.QUERIES);
                theirKeys = best(theirKeys, times);
            }
            print(label, "ours", ourIndex, (long) ours[2], ours[0], ourKeys);
            print(label, "pagefind", pagefindIndex, (long) theirs[1], theirs[0], theirKeys);
        } finally {
            browser.quit();
        }
    }

    /** What the served files weigh gzipped (Pagefind's own data files are already compressed). */
    private static long gzippedBytes(List<Path> files) throws IOException {
        long total = 0;
        for (Path file : files) {
            total += SearchBenchmark.gzip(Files.readAllBytes(file)).length;
        }
        return total;
    }

    private static double[] best(double[] so, Object times) {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) times;
        double[] next = new double[list.size()];
        for (int k = 0; k < next.length; k++) {
            next[k] = Math.min(so == null ? Double.MAX_VALUE : so[k], SearchBenchmark.number(list.get(k)));
        }
        return next;
    }

    private static void print(String label, String engine, long index, long bytes, double first, double[] keys) {
        double[] sorted = keys.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-13s %-9s %14d %21d %16.0f %20.1f %7.1f%n", label, engine, index, bytes, first,
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)]);
    }
}
