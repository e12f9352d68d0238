package ca.pratiqueshlm.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ca.pratiqueshlm.output.PageCompanions.Piece;
import ca.pratiqueshlm.plan.PageJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompanionSinkTest {
    /** Two files: "a" holds keys a1 and a2, "b" holds b1 to b3. */
    private static final PageCompanions TWO_FILES = new PageCompanions() {
        @Override
        public List<Piece> of(PageJob job, byte[] html) {
            return List.of();
        }

        @Override
        public String fileOf(String key) {
            return key.substring(0, 1) + ".js";
        }

        @Override
        public int piecesIn(String file) {
            return file.equals("a.js") ? 2 : 3;
        }
    };

    @Test
    void aFileIsWrittenOnceItHasAllItsPiecesInKeyOrder(@TempDir Path folder) throws IOException {
        CompanionSink sink = new CompanionSink(TWO_FILES, folder);
        sink.add(List.of(new Piece("a2", "deux;"), new Piece("b1", "un;")));
        assertFalse(Files.exists(folder.resolve("a.js")), "a piece of a.js is missing");
        sink.add(List.of(new Piece("a1", "un;")));
        assertEquals("un;deux;", Files.readString(folder.resolve("a.js")), "written at once, in key order");
        assertFalse(Files.exists(folder.resolve("b.js")));

        assertEquals(2, sink.finish(), "what is left is written at the end");
        assertEquals("un;", Files.readString(folder.resolve("b.js")));
    }

    @Test
    void piecesFromManyThreadsMakeTheSameFiles(@TempDir Path folder) throws IOException {
        CompanionSink sink = new CompanionSink(TWO_FILES, folder);
        List.of("b3", "a1", "b1", "a2", "b2").parallelStream().forEach(key -> sink.add(List.of(new Piece(key, key + ";"))));
        assertEquals(2, sink.finish());
        assertEquals("a1;a2;", Files.readString(folder.resolve("a.js")));
        assertEquals("b1;b2;b3;", Files.readString(folder.resolve("b.js")));
    }
}
