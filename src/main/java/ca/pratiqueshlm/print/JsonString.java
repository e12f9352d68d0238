package ca.pratiqueshlm.print;


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

    /**
     * The length of {@code utf8[from, to)} written as a quoted JSON string, so the writer can fill an
     * array of exactly that size: a growing stream copied the selection's pieces twice.
     */
    static int length(byte[] utf8, int from, int to) {
        int length = 2 + to - from;
        for (int i = from; i < to; i++) {
            int b = utf8[i];
            if (b >= 0x20 && b != '"' && b != '\\' || b < 0) {
                continue;
            }
            length += shortForm(b) != 0 ? 1 : 5;
        }
        return length;
    }

    /**
     * Writes {@code utf8[from, to)} as a quoted JSON string into {@code out} from {@code at}, which has
     * room for {@link #length} bytes; returns the position after the closing quote.
     */
    static int write(byte[] utf8, int from, int to, byte[] out, int at) {
        out[at++] = '"';
        int run = from;
        for (int i = from; i < to; i++) {
            int b = utf8[i];
            if (b >= 0x20 && b != '"' && b != '\\' || b < 0) {
                continue;
            }
            System.arraycopy(utf8, run, out, at, i - run);
            at += i - run;
            run = i + 1;
            out[at++] = '\\';
            byte letter = shortForm(b);
            if (letter != 0) {
                out[at++] = letter;
            } else {
                out[at++] = 'u';
                out[at++] = '0';
                out[at++] = '0';
                out[at++] = HEX[b >> 4];
                out[at++] = HEX[b & 0xF];
            }
        }
        System.arraycopy(utf8, run, out, at, to - run);
        at += to - run;
        out[at++] = '"';
        return at;
    }

    /** The letter after the backslash where JSON has a short escape, 0 where it needs {@code \\u00XX}. */
    private static byte shortForm(int b) {
        return switch (b) {
            case '"', '\\' -> (byte) b;
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
    }
}
