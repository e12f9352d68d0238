package ca.pratiqueshlm.print;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A PDF object as {@link PdfFile} reads it and {@link PdfFileWriter} writes it, for putting laid-out
 * PDFs together without decoding what they draw: numbers, names, strings and keywords stay as their
 * source text, streams as their encoded bytes.
 */
sealed interface PdfValue {
    /** A number, name ({@code /Type}), string ({@code (…)} or {@code <…>}), boolean or null, as written. */
    record Atom(String text) implements PdfValue {
        static Atom name(String name) {
            return new Atom("/" + name);
        }

        static Atom number(long value) {
            return new Atom(Long.toString(value));
        }

        /**
         * A text string (PDF 32000 7.9.2.2): PDFDocEncoding where it coincides with Latin-1, else UTF-16BE
         * with its byte-order mark; written in hexadecimal, so nothing in it needs escaping.
         */
        static Atom text(String value) {
            boolean latin = value.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c >= 0xa1 && c <= 0xff && c != 0xad);
            byte[] bytes = latin ? value.getBytes(StandardCharsets.ISO_8859_1)
                    : ("\uFEFF" + value).getBytes(StandardCharsets.UTF_16BE);
            StringBuilder hex = new StringBuilder(bytes.length * 2 + 2).append('<');
            for (byte b : bytes) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return new Atom(hex.append('>').toString().toUpperCase(java.util.Locale.ROOT));
        }

        /** The integer this atom writes, or null when it is not one. */
        Integer integer() {
            String t = text;
            if (t.isEmpty() || t.length() > 9) {
                return null;
            }
            for (int i = t.charAt(0) == '-' ? 1 : 0; i < t.length(); i++) {
                if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                    return null;
                }
            }
            return t.equals("-") ? null : Integer.valueOf(t);
        }

        /** The string's bytes, decoded as Latin-1, when this atom is a literal string without escapes. */
        String plainString() {
            if (text.length() >= 2 && text.charAt(0) == '(' && text.indexOf('\\') < 0) {
                return text.substring(1, text.length() - 1);
            }
            return null;
        }
    }

    /** An indirect reference {@code n 0 R}, numbered as in the file it was read from. */
    record Ref(int number) implements PdfValue {}

    /** A reference to object {@code number} of the file being written (see {@link PdfCopier}). */
    record Target(int number) implements PdfValue {}

    record Array(List<PdfValue> items) implements PdfValue {}

    /** A dictionary; keys are names without their slash, in the source's order. */
    record Dict(Map<String, PdfValue> entries) implements PdfValue {
        PdfValue get(String key) {
            return entries.get(key);
        }

        boolean is(String key, String name) {
            return entries.get(key) instanceof Atom atom && atom.text().equals("/" + name);
        }

        /** A copy with {@code key} set to {@code value} (removed when null), in place if present, else last. */
        Dict with(String key, PdfValue value) {
            Map<String, PdfValue> copy = new LinkedHashMap<>(entries);
            if (value == null) {
                copy.remove(key);
            } else {
                copy.put(key, value);
            }
            return new Dict(copy);
        }
    }

    /** A stream: its dictionary and its encoded data, {@code length} bytes of {@code source} from {@code offset}. */
    record Stream(Dict dict, byte[] source, int offset, int length) implements PdfValue {
        static Stream of(Dict dict, byte[] data) {
            return new Stream(dict, data, 0, data.length);
        }
    }
}
