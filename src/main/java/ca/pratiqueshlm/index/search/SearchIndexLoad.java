package ca.pratiqueshlm.index.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * What the search page loads, measured without a browser: the index's files and their compressed sizes,
 * the files a first query needs (the first script, then the parts its words, completions, near spellings,
 * synonyms and first 50 results need: the page's own loading rule) and the time the ranking takes in
 * Java. For benchmarks (see docs/SEARCH.md); the engine scripts themselves are not counted.
 */
public final class SearchIndexLoad {
    /** Results the page draws at first. */
    static final int FIRST_RESULTS = 50;

    private final Map<String, String> files;
    private final SearchEngine engine;
    private final boolean split;

    /** The files of one query: how many, their size, and compressed one by one as a server would send them. */
    public record Bytes(int files, long raw, long gzipped) {}

    public SearchIndexLoad(SearchIndex index) {
        this.files = SearchIndexScript.files(index);
        this.engine = new SearchEngine(index);
        this.split = index.docs().size() > SearchIndexScript.SPLIT_ABOVE;
    }

    /** Every file of the index. */
    public Bytes whole() {
        return measure(files.keySet());
    }

    /** The files the page loads to answer {@code query} as its first query. */
    public Bytes firstQuery(String query) {
        return measure(firstQueryFiles(query));
    }

    /** The names of those files, relative to the site's root. */
    public TreeSet<String> firstQueryFiles(String query) {
        TreeSet<String> needed = new TreeSet<>(List.of(SearchIndexScript.PATH));
        if (split) {
            List<String> firsts = new ArrayList<>();
            int k = 0;
            for (String name : files.keySet()) {
                if (name.startsWith(SearchIndexScript.PARTS + "t")) {
                    firsts.add(firstTerm(k++));
                }
            }
            TreeSet<String> terms = new TreeSet<>(engine.lookups(query));
            terms.addAll(FrenchAnalyzer.terms(query)); // each stem's part is read to learn whether it is there
            for (String term : terms) {
                needed.add(SearchIndexScript.PARTS + "t" + partOf(firsts, term) + ".js");
            }
            // Vocabularies only where the page reads them: completions of the word typed, near spellings.
            engine.vocabularies(query).forEach(letter -> needed.add(SearchIndexScript.PARTS + "v" + letter + ".js"));
            for (SearchEngine.Hit hit : engine.search(query).stream().limit(FIRST_RESULTS).toList()) {
                needed.add(SearchIndexScript.PARTS + "d" + hit.doc() / SearchIndexScript.DOCS_PER_PART + ".js");
            }
            needed.retainAll(files.keySet());
        }
        return needed;
    }

    /** Milliseconds the Java ranking takes for each prefix of {@code query}, as if typed letter by letter. */
    public double[] keystrokes(String query) {
        double[] times = new double[query.length()];
        for (int i = 1; i <= query.length(); i++) {
            long start = System.nanoTime();
            engine.search(query.substring(0, i));
            times[i - 1] = (System.nanoTime() - start) / 1e6;
        }
        return times;
    }

    private String firstTerm(int part) {
        String text = files.get(SearchIndexScript.PARTS + "t" + part + ".js");
        int start = text.indexOf("]={\"") + 4;
        return text.substring(start, text.indexOf('"', start));
    }

    private static int partOf(List<String> firsts, String term) {
        int part = 0;
        for (int k = 0; k < firsts.size() && firsts.get(k).compareTo(term) <= 0; k++) {
            part = k;
        }
        return part;
    }

    private Bytes measure(Iterable<String> names) {
        int count = 0;
        long raw = 0;
        long gzipped = 0;
        for (String name : names) {
            byte[] bytes = files.get(name).getBytes(StandardCharsets.UTF_8);
            count++;
            raw += bytes.length;
            gzipped += gzip(bytes);
        }
        return new Bytes(count, raw, gzipped);
    }

    private static long gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
