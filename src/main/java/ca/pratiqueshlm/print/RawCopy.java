package ca.pratiqueshlm.print;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntUnaryOperator;

/**
 * Copies an object's source text byte for byte, but for its references, renumbered, and its
 * StructParent(s) values, shifted: most objects of a booklet's parts need nothing else, and copying
 * them this way builds no tree of them.
 */
final class RawCopy {
    private RawCopy() {}

    /**
     * Copies {@code data[start, end)} into {@code out}; {@code renumber} gives the new number of each
     * object referenced; {@code shift} is added to the integer after a /StructParents or /StructParent key.
     */
    static void copy(byte[] data, int start, int end, ByteArrayOutputStream out, IntUnaryOperator renumber, int shift) {
        int i = start;
        int copied = start;
        boolean shiftNext = false;
        while (i < end) {
            byte c = data[i];
            if (c == '(') {
                i = afterLiteral(data, i, end);
                shiftNext = false;
            } else if (c == '<' && i + 1 < end && data[i + 1] == '<') {
                i += 2;
                shiftNext = false;
            } else if (c == '<') {
                while (i < end && data[i] != '>') {
                    i++;
                }
                i++;
                shiftNext = false;
            } else if (c == '%') {
                while (i < end && data[i] != '\n' && data[i] != '\r') {
                    i++;
                }
            } else if (c == '/') {
                int nameStart = i++;
                while (i < end && !PdfParser.isDelimiter(data[i]) && !PdfParser.isSpace(data[i])) {
                    i++;
                }
                shiftNext = shift != 0 && (is(data, nameStart, i, "/StructParents") || is(data, nameStart, i, "/StructParent"));
            } else if (c >= '0' && c <= '9') {
                int numberStart = i;
                int first = digits(data, i, end);
                boolean integer = first > i && (first >= end || PdfParser.isDelimiter(data[first]) || PdfParser.isSpace(data[first]));
                if (integer) {
                    int reference = reference(data, first, end);
                    if (reference > 0) {
                        out.write(data, copied, numberStart - copied);
                        int number = Integer.parseInt(new String(data, numberStart, first - numberStart, StandardCharsets.US_ASCII));
                        out.writeBytes((renumber.applyAsInt(number) + " 0 R").getBytes(StandardCharsets.US_ASCII));
                        i = reference;
                        copied = i;
                        shiftNext = false;
                        continue;
                    }
                    if (shiftNext) {
                        out.write(data, copied, numberStart - copied);
                        int value = Integer.parseInt(new String(data, numberStart, first - numberStart, StandardCharsets.US_ASCII));
                        out.writeBytes(Integer.toString(value + shift).getBytes(StandardCharsets.US_ASCII));
                        copied = first;
                    }
                }
                i = Math.max(first, i + 1);
                while (i < end && !PdfParser.isDelimiter(data[i]) && !PdfParser.isSpace(data[i])) {
                    i++;
                }
                shiftNext = false;
            } else if (PdfParser.isSpace(c)) {
                i++;
            } else if (c == '-' || c == '+' || c == '.') {
                // A signed or decimal number: never a reference, never a structure-parent key.
                i++;
                while (i < end && !PdfParser.isDelimiter(data[i]) && !PdfParser.isSpace(data[i])) {
                    i++;
                }
                shiftNext = false;
            } else {
                i++;
                shiftNext = false;
            }
        }
        out.write(data, copied, end - copied);
    }

    /** Where "n g R" that starts after the number ending at {@code at} ends; 0 when it is not a reference. */
    private static int reference(byte[] data, int at, int end) {
        int i = spaces(data, at, end);
        int generationEnd = digits(data, i, end);
        if (generationEnd == i) {
            return 0;
        }
        i = spaces(data, generationEnd, end);
        if (i < end && data[i] == 'R' && (i + 1 >= end || PdfParser.isDelimiter(data[i + 1]) || PdfParser.isSpace(data[i + 1]))) {
            return i + 1;
        }
        return 0;
    }

    private static int afterLiteral(byte[] data, int i, int end) {
        int depth = 0;
        while (i < end) {
            byte b = data[i++];
            if (b == '\\') {
                i++;
            } else if (b == '(') {
                depth++;
            } else if (b == ')' && --depth == 0) {
                return i;
            }
        }
        return i;
    }

    private static int digits(byte[] data, int i, int end) {
        while (i < end && data[i] >= '0' && data[i] <= '9') {
            i++;
        }
        return i;
    }

    private static int spaces(byte[] data, int i, int end) {
        while (i < end && PdfParser.isSpace(data[i])) {
            i++;
        }
        return i;
    }

    private static boolean is(byte[] data, int start, int end, String word) {
        if (end - start != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (data[start + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
