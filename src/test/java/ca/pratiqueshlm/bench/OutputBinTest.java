package ca.pratiqueshlm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputBinTest {
    @Test
    void eachBuildStartsWithoutTheLastOutputWhoseFilesLiveUntilTheEnd(@TempDir Path work) throws Exception {
        Path output = work.resolve("site");
        List<String> pages = List.of("premier", "second");
        Files.createDirectories(work.resolve("corbeille/1")); // left by an interrupted run
        try (OutputBin bin = new OutputBin(work)) {
            bin.discard(output); // nothing built yet: nothing to move
            for (String page : pages) {
                Files.createDirectories(output.resolve("fiches"));
                Files.writeString(output.resolve("fiches/page.html"), page);
                bin.discard(output);
                assertFalse(Files.exists(output), "the next build starts cold");
            }
            // Both sites are still on disk, renamed, each with its own file: no file was deleted.
            try (Stream<Path> kept = Files.walk(work.resolve("corbeille"))) {
                List<Path> files = kept.filter(Files::isRegularFile).sorted().toList();
                assertEquals(pages, files.stream().map(OutputBinTest::read).toList());
            }
        }
        assertFalse(Files.exists(work.resolve("corbeille")), "emptied once, after the last measure");
        assertTrue(Files.isDirectory(work));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
