package ca.pratiqueshlm.print;

import ca.pratiqueshlm.print.PdfValue.Array;
import ca.pratiqueshlm.print.PdfValue.Atom;
import ca.pratiqueshlm.print.PdfValue.Dict;
import ca.pratiqueshlm.print.PdfValue.Ref;
import ca.pratiqueshlm.print.PdfValue.Stream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** PDF syntax (PDF 32000 7.2-7.3) over a range of bytes: values as {@link PdfValue} trees, or skipped. */
final class PdfParser {
    private final byte[] data;
    private final int end;
    private int at;

    PdfParser(byte[] data, int start, int end) {
        this.data = data;
        this.at = start;
        this.end = end;
    }

    PdfValue value() throws IOException {
        skipSpace();
        if (at >= end) {
            throw new IOException("fin inattendue");
        }
        int c = data[at];
        switch (c) {
            case '/' -> {
                int start = at++;
                while (at < end && !isDelimiter(data[at]) && !isSpace(data[at])) {
                    at++;
                }
                return new Atom(text(start, at));
            }
            case '(' -> {
                return new Atom(literalString());
            }
            case '[' -> {
                at++;
                List<PdfValue> items = new ArrayList<>();
                while (true) {
                    skipSpace();
                    if (at < end && data[at] == ']') {
                        at++;
                        return new Array(items);
                    }
                    items.add(value());
                }
            }
            case '<' -> {
                if (at + 1 < end && data[at + 1] == '<') {
                    at += 2;
                    Map<String, PdfValue> entries = new LinkedHashMap<>();
                    while (true) {
                        skipSpace();
                        if (at + 1 < end && data[at] == '>' && data[at + 1] == '>') {
                            at += 2;
                            return new Dict(entries);
                        }
                        PdfValue key = value();
                        if (!(key instanceof Atom name) || !name.text().startsWith("/")) {
                            throw new IOException("clé de dictionnaire attendue à " + at);
                        }
                        entries.put(name.text().substring(1), value());
                    }
                }
                int start = at;
                while (at < end && data[at] != '>') {
                    at++;
                }
                at++;
                return new Atom(text(start, at));
            }
            default -> {
                int start = at;
                while (at < end && !isDelimiter(data[at]) && !isSpace(data[at])) {
                    at++;
                }
                if (start == at) {
                    throw new IOException("caractère inattendu « " + (char) c + " » à " + at);
                }
                String token = text(start, at);
                if (isUnsigned(token)) {
                    // "n g R": a reference, else the number alone.
                    int mark = at;
                    skipSpace();
                    int genStart = at;
                    while (at < end && data[at] >= '0' && data[at] <= '9') {
                        at++;
                    }
                    if (at > genStart) {
                        skipSpace();
                        if (at < end && data[at] == 'R' && (at + 1 >= end || isDelimiter(data[at + 1]) || isSpace(data[at + 1]))) {
                            at++;
                            return new Ref(Integer.parseInt(token));
                        }
                    }
                    at = mark;
                }
                return new Atom(token);
            }
        }
    }

    int integer() throws IOException {
        return PdfFile.intOf(value());
    }

    void keyword(String word) throws IOException {
        skipSpace();
        for (int i = 0; i < word.length(); i++) {
            if (at + i >= end || data[at + i] != word.charAt(i)) {
                throw new IOException("« " + word + " » attendu à " + at);
            }
        }
        at += word.length();
    }

    boolean startsStream() {
        return startsWith("stream");
    }

    boolean startsWith(String word) {
        skipSpace();
        return at + word.length() <= end && text(at, at + word.length()).equals(word);
    }

    /** The stream whose dictionary was just read; {@code file} resolves an indirect length. */
    Stream streamAfter(Dict dict, PdfFile file) throws IOException {
        keyword("stream");
        if (at < end && data[at] == '\r') {
            at++;
        }
        if (at < end && data[at] == '\n') {
            at++;
        }
        PdfValue length = dict.get("Length");
        int n = PdfFile.intOf(file == null ? length : file.resolve(length));
        if (n < 0 || at + n > end) {
            throw new IOException("longueur de flux hors du fichier");
        }
        return new Stream(dict, data, at, n);
    }

    private String literalString() throws IOException {
        int start = at++;
        int depth = 1;
        while (at < end && depth > 0) {
            byte b = data[at++];
            if (b == '\\') {
                at++;
            } else if (b == '(') {
                depth++;
            } else if (b == ')') {
                depth--;
            }
        }
        if (depth > 0) {
            throw new IOException("chaîne non terminée");
        }
        return text(start, at);
    }

    /** Skips spaces and comments; returns where the next token starts. */
    int skipSpace() {
        while (at < end) {
            if (isSpace(data[at])) {
                at++;
            } else if (data[at] == '%') {
                while (at < end && data[at] != '\n' && data[at] != '\r') {
                    at++;
                }
            } else {
                return at;
            }
        }
        return at;
    }

    /** Skips one value without building it; returns where it ends. */
    int skipValue() throws IOException {
        skipSpace();
        if (at >= end) {
            throw new IOException("fin inattendue");
        }
        int depth = 0;
        do {
            skipSpace();
            if (at >= end) {
                throw new IOException("fin inattendue");
            }
            byte c = data[at];
            if (c == '(') {
                literalString();
            } else if (c == '<' && at + 1 < end && data[at + 1] == '<') {
                at += 2;
                depth++;
            } else if (c == '>' && at + 1 < end && data[at + 1] == '>') {
                at += 2;
                depth--;
            } else if (c == '<') {
                while (at < end && data[at] != '>') {
                    at++;
                }
                at++;
            } else if (c == '[') {
                at++;
                depth++;
            } else if (c == ']') {
                at++;
                depth--;
            } else {
                // A name, number or keyword; "n g R" is three such tokens.
                at++;
                while (at < end && !isDelimiter(data[at]) && !isSpace(data[at])) {
                    at++;
                }
                if (depth == 0 && c >= '0' && c <= '9') {
                    int mark = at;
                    PdfParser ahead = new PdfParser(data, at, end);
                    ahead.skipSpace();
                    int g = ahead.at;
                    while (ahead.at < end && data[ahead.at] >= '0' && data[ahead.at] <= '9') {
                        ahead.at++;
                    }
                    if (ahead.at > g) {
                        ahead.skipSpace();
                        if (ahead.at < end && data[ahead.at] == 'R') {
                            at = ahead.at + 1;
                            return at;
                        }
                    }
                    at = mark;
                }
            }
        } while (depth > 0);
        return at;
    }

    private String text(int from, int to) {
        return new String(data, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static boolean isUnsigned(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return token.length() < 10;
    }

    static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
    }

    static boolean isDelimiter(byte b) {
        return b == '(' || b == ')' || b == '<' || b == '>' || b == '[' || b == ']' || b == '{' || b == '}'
                || b == '/' || b == '%';
    }
}
