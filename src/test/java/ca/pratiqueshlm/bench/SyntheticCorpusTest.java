package ca.pratiqueshlm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.pipeline.SiteBuilder;
import ca.pratiqueshlm.testing.TestSite;
import ca.pratiqueshlm.validation.RegistryLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {
    private static Registries realRegistries() {
        return new RegistryLoader(new ProjectLayout(TestSite.REPOSITORY)).load(new ArrayList<>());
    }

    @Test
    void syntheticFichesAreValidAndVaried(@TempDir Path folder) throws Exception {
        List<SyntheticFiche> fiches = SyntheticCorpus.generate(realRegistries(), 60, Benchmark.SEED);
        BenchProjects.ours(TestSite.REPOSITORY, folder, fiches);

        Result<Site> checked = new SiteBuilder(new ProjectLayout(folder)).check();
        assertTrue(checked.isSuccess(), () -> String.join("\n", checked.problems().stream().map(p -> p.format()).toList()));
        List<Fiche> loaded = checked.get().fiches();
        assertEquals(60, loaded.size());
        assertEquals(4, loaded.stream().map(Fiche::category).distinct().count(), "every category");
        assertTrue(loaded.stream().map(f -> f.place().region()).distinct().count() >= 10, "many regions");
        assertTrue(loaded.stream().flatMap(f -> f.partners().stream()).map(p -> p.id()).distinct().count() >= 20,
                "many partners");
    }

    @Test
    void theSameSeedGivesTheSameContent() {
        assertEquals(SyntheticCorpus.generate(realRegistries(), 20, 7), SyntheticCorpus.generate(realRegistries(), 20, 7));
    }

    @Test
    void theJBakeProjectHasEveryTemplateJBakeNeedsAndOnePostPerFiche(@TempDir Path folder) throws Exception {
        List<SyntheticFiche> fiches = SyntheticCorpus.generate(realRegistries(), 5, Benchmark.SEED);
        BenchProjects.jbake(folder, fiches);
        for (String template : List.of("index", "post", "page", "feed", "archive", "tags", "sitemap")) {
            assertTrue(Files.exists(folder.resolve("templates/" + template + ".ftl")), template);
        }
        try (var posts = Files.list(folder.resolve("content/fiches"))) {
            List<Path> files = posts.sorted().toList();
            assertEquals(5, files.size());
            String post = Files.readString(files.get(0));
            assertTrue(post.startsWith("title=" + fiches.get(0).title() + "\ndate="), post);
            assertTrue(post.contains("type=post\nstatus=published\n") && post.contains("\n~~~~~~\n"), post);
        }
    }
}
