package ca.pratiqueshlm.print;

import java.io.ByteArrayOutputStream;

/**
 * A JSON string literal written from UTF-8 bytes as they are, without decoding them: every fiche's
 * article goes into the selection scripts on every build, and decoding, escaping char by char and
 * encoding again cost more than the rest of writing the page. Escapes what JSON requires (quote,
 * backslash, control characters; the short forms where they exist) and nothing else, as Jackson's
 * default generator does; UTF-8 sequences never hold bytes below 0x80, so they pass through whole.
 */
final class JsonString {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private JsonString() {}

    /** Writes {@code utf8[from, to)} as a quoted JSON string. */
    static void write(byte[] utf8, int from, int to, ByteArrayOutputStream out) {
        out.write('"');
        int run = from;
        for (int i = from; i < to; i++) {
            int b = utf8[i];
            if (b >= 0x20 && b != '"' && b != '\\' || b < 0) {
                continue;
            }
            out.write(utf8, run, i - run);
            run = i + 1;
            out.write('\\');
            switch (b) {
                case '"', '\\' -> out.write(b);
                case '\b' -> out.write('b');
                case '\t' -> out.write('t');
                case '\n' -> out.write('n');
                case '\f' -> out.write('f');
                case '\r' -> out.write('r');
                default -> {
                    out.write('u');
                    out.write('0');
                    out.write('0');
                    out.write(HEX[b >> 4]);
                    out.write(HEX[b & 0xF]);
                }
            }
        }
        out.write(utf8, run, to - run);
        out.write('"');
    }
}
