package ca.pratiqueshlm.output;

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

    /**
     * Appends {@code text} encoded as {@link String#getBytes(java.nio.charset.Charset)} with UTF-8 encodes
     * it (a lone surrogate becomes "?"), straight into the buffer: encoding into a new array first
     * allocated as much again as the keys (a gigabyte at 10,000 fiches).
     */
    Utf8Buffer append(String text) {
        int length = text.length();
        ensure(3 * length); // a char takes at most 3 bytes; a surrogate pair, 4 for its two chars
        byte[] out = bytes;
        int at = size;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                char low = i + 1 < length ? text.charAt(i + 1) : 0;
                if (Character.isHighSurrogate(c) && Character.isLowSurrogate(low)) {
                    int codePoint = Character.toCodePoint(c, low);
                    out[at++] = (byte) (0xF0 | codePoint >> 18);
                    out[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                    out[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                    out[at++] = (byte) (0x80 | codePoint & 0x3F);
                    i++;
                } else {
                    out[at++] = '?';
                }
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        size = at;
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
