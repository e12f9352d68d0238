package ca.pratiqueshlm.index.search;

import ca.pratiqueshlm.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;

public final class ScratchRank {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        if (!Files.exists(dir.resolve("project/target"))) {
            BuiltSite.build(dir.resolve("project"));
        }
        SearchIndex index = SearchIndexReader.read(dir.resolve("project").resolve("target/site"));
        SearchEngine engine = new SearchEngine(index);
        for (String q : Files.readAllLines(Path.of(args[1]))) {
            var hits = engine.search(q);
            StringBuilder sb = new StringBuilder(q + " =>");
            hits.stream().limit(4).forEach(h -> sb.append(' ').append(h.url().replace("fiches/", "").replace(".html", ""))
                    .append(String.format("(%.0f%s)", h.score(), h.partial() ? "p" : "")));
            sb.append(" [" + hits.size() + "]");
            System.out.println(sb);
        }
    }
}
