package ca.pratiqueshlm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.diagnostics.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an editor's file becomes as text, and where a file that is not UTF-8 is said to break. */
class SourceReaderTest {
    @TempDir
    Path root;

    private Result<SourceFile> read(byte[] bytes) throws IOException {
        Path file = root.resolve("content/fiches/essai.md");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return new SourceReader(new ProjectLayout(root)).read(file);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void windowsLineEndsAndByteOrderMarkAreNormalised() throws IOException {
        Result<SourceFile> read = read("\uFEFFtitre: Été\r\nsuite\rfin".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(read.isSuccess());
        assertEquals("titre: Été\nsuite\nfin", read.get().text());
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsKept() throws IOException {
        // U+FFFD in valid UTF-8 (EF BF BD): what the fast decoding also makes of a bad byte.
        Result<SourceFile> read = read(bytes('a', 0xEF, 0xBF, 0xBD, 'b'));
        assertTrue(read.isSuccess(), () -> read.problems().toString());
        assertEquals("a\uFFFDb", read.get().text());
    }

    @Test
    void anInvalidByteIsFoundByLineAndColumn() throws IOException {
        // "é" written in Latin-1 (E9) on the second line, after two characters.
        Result<SourceFile> read = read(bytes('x', '\n', 'a', 0xC3, 0xA9, 0xE9, 'z'));
        assertFalse(read.isSuccess());
        Diagnostic problem = read.problems().get(0);
        assertEquals(new Position(2, 3), problem.position());
        assertEquals("le fichier n'est pas en UTF-8 (octet 0xE9 invalide)", problem.message());
    }
}
