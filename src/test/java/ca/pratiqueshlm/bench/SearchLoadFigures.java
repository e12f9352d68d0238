package ca.pratiqueshlm.bench;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.index.search.SearchIndex;
import ca.pratiqueshlm.index.search.SearchIndexBuilder;
import ca.pratiqueshlm.index.search.SearchIndexLoad;
import ca.pratiqueshlm.index.search.Keystrokes;
import ca.pratiqueshlm.testing.HeadlessChromium;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.validation.ContentLoader;
import ca.pratiqueshlm.validation.RegistryLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Prints the search index's size, what a first query loads and the keystroke latency in Chromium from
 * {@code file://}, for synthetic corpora of the given sizes (docs/SEARCH.md): {@code exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=ca.pratiqueshlm.bench.SearchLoadFigures -Dexec.args="1000 10000"}.
 *
 * <p>The browser figures use the real site's search page (built once, without PDFs) with the corpus's
 * index files in place of its own: the page holds no fiche, everything it shows comes from the index,
 * so the other pages of a 10,000-fiche site need not be built.
 */
public final class SearchLoadFigures {
    static final List<String> QUERIES = List.of("jardin", "jardin collectif", "aînés transport", "cuisine",
            "personnes âgées", "sécurité alimentaire", "Maisonette", "comité de locataires Lévis");

    /** Fresh page loads per corpus; per keystroke the best is kept besides the first, as the machine is shared. */
    static final int PASSES = 3;

    private SearchLoadFigures() {}

    public static void main(String[] args) throws Exception {
        Path repository = Path.of("").toAbsolutePath();
        List<Diagnostic> problems = new ArrayList<>();
        Registries registries = new RegistryLoader(new ProjectLayout(repository)).load(problems);
        boolean browser = HeadlessChromium.available();
        if (!browser) {
            System.out.println("(no Chromium at " + HeadlessChromium.CHROMIUM + ": no keystroke latency)");
        }
        Path page = null;
        for (String arg : args) {
            int size = Integer.parseInt(arg);
            Path folder = Files.createTempDirectory("search-load-");
            BenchProjects.ours(repository, folder, SyntheticCorpus.generate(registries, size, 17));
            Site site = new ContentLoader(new ProjectLayout(folder)).load().value().orElseThrow();
            SearchIndex index = new SearchIndexBuilder(site, f -> "fiches/" + f.slug() + ".html",
                    f -> f.place().municipality()).build();
            SearchIndexLoad load = new SearchIndexLoad(index);
            if (browser) {
                page = page == null ? SearchPageShell.build(repository, Files.createTempDirectory("search-page-")) : page;
                SearchPageShell.Latency latency = SearchPageShell.keystrokes(page, index, QUERIES, PASSES);
                System.out.printf("%,d fiches: browser keystrokes from file:// (%d, the queries below typed letter by "
                        + "letter): first page load median %.1f ms, p95 %.1f ms, max %.1f ms; best of %d loads median "
                        + "%.1f ms, p95 %.1f ms, max %.1f ms%n", size, latency.first().length,
                        Keystrokes.quantile(latency.first(), 0.5), Keystrokes.quantile(latency.first(), 0.95),
                        Keystrokes.quantile(latency.first(), 1), PASSES, Keystrokes.quantile(latency.best(), 0.5),
                        Keystrokes.quantile(latency.best(), 0.95), Keystrokes.quantile(latency.best(), 1));
            }
            SearchIndexLoad.Bytes whole = load.whole();
            System.out.printf("%,d fiches: index %,d files, %,d B, %,d B gzipped%n", size, whole.files(), whole.raw(),
                    whole.gzipped());
            for (String query : QUERIES) {
                SearchIndexLoad.Bytes first = load.firstQuery(query);
                double[] keys = load.keystrokes(query);
                load.keystrokes(query);
                double[] warm = load.keystrokes(query);
                double max = Arrays.stream(warm).max().orElse(0);
                double median = Arrays.stream(warm).sorted().toArray()[warm.length / 2];
                System.out.printf("  « %s »: first query %d files, %,d B gzipped; Java ranking per keystroke "
                        + "median %.1f ms, max %.1f ms (first pass max %.1f ms)%n", query, first.files(), first.gzipped(),
                        median, max, Arrays.stream(keys).max().orElse(0));
            }
        }
    }
}
