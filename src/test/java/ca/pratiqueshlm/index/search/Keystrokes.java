package ca.pratiqueshlm.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Keystroke latency on an open search page, for the benchmarks: each query typed one letter at a time, each
 * keystroke timed from its input event to the results drawn and laid out. The page announces every answer
 * in its status line, even when it first has to load index parts (split index): the clock stops at that
 * change, so a keystroke that waits for a part counts the wait. Also what the index weighs on disk.
 */
public final class Keystrokes {
    private static final String SCRIPT = """
            var done = arguments[arguments.length - 1], queries = arguments[0];
            var field = document.getElementById('q'), status = document.getElementById('etat-recherche');
            var list = document.getElementById('resultats'), times = [];
            function step(q, n) {
              if (q >= queries.length) { done(times); return; }
              if (n > queries[q].length) { step(q + 1, 1); return; }
              var start = performance.now(), timer;
              var seen = new MutationObserver(function () {
                seen.disconnect();
                clearTimeout(timer);
                list.offsetHeight; // include layout
                times.push(performance.now() - start);
                setTimeout(function () { step(q, n + 1); }, 0);
              });
              seen.observe(status, {childList: true, characterData: true, subtree: true});
              timer = setTimeout(function () { seen.disconnect(); times.push(-1); step(q, n + 1); }, 20000);
              field.value = queries[q].slice(0, n);
              field.dispatchEvent(new Event('input'));
            }
            step(0, 1);
            """;

    private Keystrokes() {}

    /** Milliseconds per keystroke of {@code queries} on the search page open in {@code browser}; -1 if none came. */
    public static double[] time(ChromeDriver browser, List<String> queries) {
        Object times = browser.executeAsyncScript(SCRIPT, queries);
        return ((List<?>) times).stream().mapToDouble(t -> ((Number) t).doubleValue()).toArray();
    }

    /** The value at quantile {@code q} (0.5: median) of {@code times}. */
    public static double quantile(double[] times, double q) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
    }

    /**
     * Every file of the built site's search index (the first script and, when split, every part), each
     * compressed on its own as a server sends it: {files, bytes, gzipped bytes}.
     */
    public static long[] indexOnDisk(Path site) {
        try (Stream<Path> parts = Files.isDirectory(site.resolve(SearchIndexScript.PARTS))
                ? Files.list(site.resolve(SearchIndexScript.PARTS)) : Stream.empty()) {
            long[] total = new long[3];
            for (Path file : Stream.concat(Stream.of(site.resolve(SearchIndexScript.PATH)), parts).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                total[0]++;
                total[1] += bytes.length;
                total[2] += SearchBenchmark.gzip(bytes).length;
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
