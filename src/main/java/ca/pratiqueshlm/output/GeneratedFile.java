package ca.pratiqueshlm.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A file produced by code rather than a template (data exports, PDFs, search index): its bytes, or the
 * file that already holds them ({@code source}, a PDF read back from the PDF cache), which is then copied
 * as it is instead of being read into memory and written out again.
 */
public record GeneratedFile(String path, byte[] bytes, Path source) {
    public GeneratedFile(String path, byte[] bytes) {
        this(path, bytes, null);
    }

    /**
     * A file made of {@code parts} one after the other, put together at their exact size: the data
     * exports are tens of megabytes at 10,000 fiches, and a growing builder copied them several times.
     */
    public static GeneratedFile joined(String path, List<byte[]> parts) {
        return new GeneratedFile(path, concatenated(path, parts));
    }

    /** {@code parts} one after the other, in an array of exactly their size. */
    static byte[] concatenated(String path, List<byte[]> parts) {
        long size = 0;
        for (byte[] part : parts) {
            size += part.length;
        }
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException(path + ": more than 2 GB");
        }
        byte[] bytes = new byte[(int) size];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, bytes, at, part.length);
            at += part.length;
        }
        return bytes;
    }

    /** A file published as a copy of {@code source}. */
    public static GeneratedFile copyOf(String path, Path source) {
        return new GeneratedFile(path, null, source);
    }

    /** The content, read from {@code source} when the file is a copy. */
    @Override
    public byte[] bytes() {
        if (bytes != null) {
            return bytes;
        }
        try {
            return Files.readAllBytes(source);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    /** Writes the content to {@code target}, copying the source file when there is one. */
    public void writeTo(Path target) throws IOException {
        if (bytes != null) {
            Files.write(target, bytes);
        } else {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
