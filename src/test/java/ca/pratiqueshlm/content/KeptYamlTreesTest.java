package ca.pratiqueshlm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.diagnostics.SourceFile;
import ca.pratiqueshlm.markdown.MarkdownRenderer;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.validation.ContentLoader;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A front matter, registry or settings file read back from the build cache is the tree the parser gives,
 * positions included.
 */
class KeptYamlTreesTest {
    /** A store in memory, as the build cache is on disk: what compute returned, by stage and input. */
    private static final class MemoryStore implements ResultStore {
        final Map<String, byte[]> kept = new ConcurrentHashMap<>();
        int computed;

        @Override
        public byte[] get(String stage, String input, java.util.function.Supplier<byte[]> compute) {
            byte[] known = kept.get(stage + '\0' + input);
            if (known != null) {
                return known;
            }
            computed++;
            byte[] made = compute.get();
            kept.put(stage + '\0' + input, made);
            return made;
        }
    }

    @Test
    void everyRealFicheReadBackEqualsItsParse() throws IOException {
        MemoryStore store = new MemoryStore();
        YamlReader parser = new YamlReader();
        YamlReader keeping = new YamlReader(store);
        List<Path> fiches;
        try (Stream<Path> files = Files.list(TestSite.REPOSITORY.resolve("content/fiches"))) {
            fiches = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        assertFalse(fiches.isEmpty());
        for (Path path : fiches) {
            SourceFile file = new SourceFile(path, Files.readString(path));
            FrontMatter front = FrontMatterSplitter.split(file).get();
            YamlNode parsed = parser.read(file, front.yaml(), front.yamlFirstLine()).get();
            assertEquals(parsed, keeping.read(file, front.yaml(), front.yamlFirstLine()).get(), path + ", first read");
            assertEquals(parsed, keeping.read(file, front.yaml(), front.yamlFirstLine()).get(), path + ", read back");
        }
        assertEquals(fiches.size(), store.computed, "each fiche parsed once, then read back");
    }

    @Test
    void aSecondLoadOfTheProjectParsesNoYamlAtAll() {
        MemoryStore store = new MemoryStore();
        ProjectLayout layout = new ProjectLayout(TestSite.REPOSITORY);
        Result<Site> first = new ContentLoader(layout, new MarkdownRenderer(), store).load();
        assertTrue(first.isSuccess(), first.problems().toString());
        int parsed = store.computed;
        // Every fiche, and the settings, registries, synonyms and booklets of content/ besides.
        long fiches = first.get().fiches().size();
        assertTrue(parsed > fiches + 8, "parsed " + parsed + " documents for " + fiches + " fiches");
        Result<Site> second = new ContentLoader(layout, new MarkdownRenderer(), store).load();
        assertEquals(parsed, store.computed, "nothing parsed again");
        assertEquals(first.get().registries(), second.get().registries());
        assertEquals(first.get().config(), second.get().config());
        assertEquals(first.get().booklets(), second.get().booklets());
    }

    @Test
    void aDocumentWithProblemsIsNeverKeptAndReportsThemEveryTime() {
        MemoryStore store = new MemoryStore();
        YamlReader keeping = new YamlReader(store);
        SourceFile file = new SourceFile(Path.of("content/fiches/cassee.md"), "---\ntitre: [ouvert\n---\n");
        for (int read = 0; read < 2; read++) {
            Result<YamlNode> result = keeping.read(file, "titre: [ouvert\n", 2);
            assertFalse(result.isSuccess(), "read " + read);
            assertTrue(result.problems().get(0).toString().contains("cassee.md"), result.problems().toString());
        }
        assertTrue(store.kept.isEmpty(), "nothing kept for a broken document");
    }

    @Test
    void scalarsOfEveryTypeNullsLongTextsAndNestingSurviveTheRoundTrip() throws IOException {
        String yaml = "titre: Jardin « collectif »\nannee: 2014\npart: 0.5\nactif: oui\nvide:\nvrai: true\n"
                + "liste:\n  - un\n  - deux: 2\n    trois: [a, b]\nlong: " + "x".repeat(70_000) + "\n";
        SourceFile file = new SourceFile(Path.of("content/fiches/essai.md"), yaml);
        YamlNode parsed = new YamlReader().read(file, yaml, 5).get();
        assertEquals(parsed, YamlTrees.decode(YamlTrees.encode(parsed)));
    }
}
