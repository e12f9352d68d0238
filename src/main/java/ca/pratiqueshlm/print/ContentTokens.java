package ca.pratiqueshlm.print;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where each token of a page's content stream starts and ends, and what kind it is, read from the bytes
 * without making an object of any: strings, arrays and dictionaries are one operand token each. What
 * this lexer does not read (an inline image's binary data, an unbalanced delimiter) makes {@link #of}
 * return null, and the caller leaves that stream as it is.
 */
final class ContentTokens {
    enum Kind { NAME, DICTIONARY, OPERATOR, OTHER }

    private static final Kind[] KINDS = Kind.values();

    private final byte[] content;
    /** start, end and kind of each token, three ints a token. */
    private final int[] tokens;
    private final int count;

    private ContentTokens(byte[] content, int[] tokens, int count) {
        this.content = content;
        this.tokens = tokens;
        this.count = count;
    }

    /** The tokens of {@code content}; null if it holds what this lexer does not read. */
    static ContentTokens of(byte[] content) {
        int[] tokens = new int[3 * 64];
        int count = 0;
        int n = content.length;
        int i = 0;
        while (i < n) {
            byte c = content[i];
            if (isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '%') {
                while (i < n && content[i] != '\n' && content[i] != '\r') {
                    i++;
                }
                continue;
            }
            int start = i;
            Kind kind;
            if (c == '(') {
                i = endOfString(content, i);
                kind = Kind.OTHER;
            } else if (c == '<' && i + 1 < n && content[i + 1] == '<') {
                i = endOfNested(content, i);
                kind = Kind.DICTIONARY;
            } else if (c == '<') {
                i = endOfHexString(content, i);
                kind = Kind.OTHER;
            } else if (c == '[') {
                i = endOfNested(content, i);
                kind = Kind.OTHER;
            } else if (c == '/') {
                i = endOfRegular(content, i + 1);
                kind = Kind.NAME;
            } else if (isDelimiter(c)) {
                return null;
            } else {
                i = endOfRegular(content, i);
                kind = isNumberStart(c) ? Kind.OTHER : Kind.OPERATOR;
                if (kind == Kind.OPERATOR && i - start == 2 && c == 'B' && content[start + 1] == 'I') {
                    return null; // an inline image: binary data follows ID
                }
            }
            if (i < 0) {
                return null;
            }
            if (3 * count + 3 > tokens.length) {
                tokens = Arrays.copyOf(tokens, tokens.length * 2);
            }
            tokens[3 * count] = start;
            tokens[3 * count + 1] = i;
            tokens[3 * count + 2] = kind.ordinal();
            count++;
        }
        return new ContentTokens(content, tokens, count);
    }

    int count() {
        return count;
    }

    int start(int token) {
        return tokens[3 * token];
    }

    int end(int token) {
        return tokens[3 * token + 1];
    }

    Kind kind(int token) {
        return KINDS[tokens[3 * token + 2]];
    }

    /** Whether the token is the operator {@code name}. */
    boolean isOperator(int token, String name) {
        return kind(token) == Kind.OPERATOR && textEquals(token, name, 0);
    }

    /** Whether the token is the name {@code /name}, written without # escapes. */
    boolean isName(int token, String name) {
        return kind(token) == Kind.NAME && textEquals(token, name, 1);
    }

    /** A name token's name, its # escapes decoded (PDF 32000-1, 7.3.5). */
    String name(int token) {
        byte[] decoded = new byte[end(token) - start(token) - 1];
        int length = 0;
        for (int i = start(token) + 1; i < end(token); i++) {
            byte b = content[i];
            if (b == '#' && i + 2 < end(token) && hex(content[i + 1]) >= 0 && hex(content[i + 2]) >= 0) {
                b = (byte) (hex(content[i + 1]) * 16 + hex(content[i + 2]));
                i += 2;
            }
            decoded[length++] = b;
        }
        return new String(decoded, 0, length, StandardCharsets.UTF_8);
    }

    private boolean textEquals(int token, String text, int skip) {
        int from = start(token) + skip;
        if (end(token) - from != text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (content[from + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    /** After the string opening at {@code i}: parentheses nest, a backslash escapes the next byte. */
    private static int endOfString(byte[] s, int i) {
        int depth = 0;
        for (int j = i; j < s.length; j++) {
            byte c = s[j];
            if (c == '\\') {
                j++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return j + 1;
            }
        }
        return -1;
    }

    private static int endOfHexString(byte[] s, int i) {
        for (int j = i + 1; j < s.length; j++) {
            if (s[j] == '>') {
                return j + 1;
            }
        }
        return -1;
    }

    /** After the array or dictionary opening at {@code i}, with the strings and the arrays or dictionaries it holds. */
    private static int endOfNested(byte[] s, int i) {
        int depth = 0;
        int j = i;
        while (j < s.length) {
            byte c = s[j];
            if (c == '(') {
                j = endOfString(s, j);
                if (j < 0) {
                    return -1;
                }
                continue;
            }
            if (c == '<' && j + 1 < s.length && s[j + 1] == '<') {
                depth++;
                j += 2;
            } else if (c == '>' && j + 1 < s.length && s[j + 1] == '>') {
                j += 2;
                if (--depth == 0) {
                    return j;
                }
            } else if (c == '<') {
                j = endOfHexString(s, j);
                if (j < 0) {
                    return -1;
                }
            } else if (c == '[') {
                depth++;
                j++;
            } else if (c == ']') {
                j++;
                if (--depth == 0) {
                    return j;
                }
            } else {
                j++;
            }
        }
        return -1;
    }

    private static int endOfRegular(byte[] s, int i) {
        while (i < s.length && !isWhitespace(s[i]) && !isDelimiter(s[i])) {
            i++;
        }
        return i;
    }

    private static boolean isNumberStart(byte c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
    }

    private static boolean isWhitespace(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
    }

    private static boolean isDelimiter(byte c) {
        return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
                || c == '/' || c == '%';
    }
}
