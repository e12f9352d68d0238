package ca.pratiqueshlm.output;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text built straight into UTF-8 bytes, for cache identities of tens of kilobytes per page: a
 * StringBuilder turns to two bytes per character at the first « or ’ and copies everything again into a
 * String, then into bytes. Not thread-safe: one per thread, cleared for each identity.
 */
final class Utf8Buffer {
    private byte[] bytes;
    private int size;

    Utf8Buffer(int capacity) {
        bytes = new byte[capacity];
    }

    /** Empties the buffer, keeping its array for the next text. */
    Utf8Buffer clear() {
        size = 0;
        return this;
    }

    Utf8Buffer append(String text) {
        return append(text.getBytes(StandardCharsets.UTF_8));
    }

    Utf8Buffer append(byte[] utf8) {
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
        return this;
    }

    /** An ASCII character (the key's markers). */
    Utf8Buffer append(char ascii) {
        if (ascii > 0x7F) {
            throw new IllegalArgumentException("not ASCII: " + ascii);
        }
        ensure(1);
        bytes[size++] = (byte) ascii;
        return this;
    }

    Utf8Buffer append(int number) {
        return append(Integer.toString(number));
    }

    /** The bytes written so far are the first {@link #size()} of this array (not a copy). */
    byte[] array() {
        return bytes;
    }

    int size() {
        return size;
    }

    /** How many bytes the buffer holds without growing. */
    int capacity() {
        return bytes.length;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
