package ca.pratiqueshlm.print;

import ca.pratiqueshlm.print.PdfValue.Array;
import ca.pratiqueshlm.print.PdfValue.Atom;
import ca.pratiqueshlm.print.PdfValue.Dict;
import ca.pratiqueshlm.print.PdfValue.Ref;
import ca.pratiqueshlm.print.PdfValue.Stream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads the objects of a PDF as PDFBox 3 saves it (a cross-reference stream, objects packed in object
 * streams, no incremental update), without decoding pages or fonts: what {@link BookletAssembler} needs
 * to copy a laid-out PDF's objects into another. Anything else is refused with an {@link IOException}
 * rather than guessed at.
 */
final class PdfFile {
    private final byte[] bytes;
    private final Dict trailer;
    /** By object number: the offset of an object stored on its own, or -1. */
    private final int[] offsets;
    /** By object number: the object stream holding it and its index there, or -1. */
    private final int[] containers;
    private final int[] indexes;
    /** Objects read so far; concurrent, as the page numbers' font is copied into several PDFs at once. */
    private final Map<Integer, PdfValue> read = new ConcurrentHashMap<>();

    private PdfFile(byte[] bytes, Dict trailer, int[] offsets, int[] containers, int[] indexes) {
        this.bytes = bytes;
        this.trailer = trailer;
        this.offsets = offsets;
        this.containers = containers;
        this.indexes = indexes;
    }

    static PdfFile read(byte[] pdf) throws IOException {
        int start = lastIndexOf(pdf, "startxref".getBytes(StandardCharsets.US_ASCII));
        if (start < 0) {
            throw new IOException("PDF sans « startxref »");
        }
        PdfParser parser = new PdfParser(pdf, start + "startxref".length(), pdf.length);
        int xref = parser.integer();
        if (xref < 0 || xref >= pdf.length) {
            throw new IOException("« startxref » hors du fichier");
        }
        PdfParser at = new PdfParser(pdf, xref, pdf.length);
        if (at.startsWith("xref")) {
            throw new IOException("PDF à table de références classique : seule la table compressée de PDFBox est lue");
        }
        at.integer();
        at.integer();
        at.keyword("obj");
        PdfValue value = at.value();
        if (!(value instanceof Dict dict) || !dict.is("Type", "XRef")) {
            throw new IOException("PDF sans table de références compressée (attendue de PDFBox)");
        }
        if (dict.get("Prev") != null || dict.get("DecodeParms") != null) {
            throw new IOException("PDF mis à jour ou à prédicteur : non pris en charge");
        }
        Stream stream = at.streamAfter(dict, null);
        byte[] table = decode(stream);
        int size = intOf(dict.get("Size"));
        List<PdfValue> w = ((Array) dict.get("W")).items();
        int w0 = intOf(w.get(0)), w1 = intOf(w.get(1)), w2 = intOf(w.get(2));
        List<PdfValue> index = dict.get("Index") instanceof Array a ? a.items() : List.of(Atom.number(0), Atom.number(size));
        int[] offsets = new int[size], containers = new int[size], indexes = new int[size];
        java.util.Arrays.fill(offsets, -1);
        java.util.Arrays.fill(containers, -1);
        int row = 0;
        for (int s = 0; s < index.size(); s += 2) {
            int first = intOf(index.get(s)), count = intOf(index.get(s + 1));
            for (int n = first; n < first + count; n++, row += w0 + w1 + w2) {
                int type = w0 == 0 ? 1 : field(table, row, w0);
                long f1 = field(table, row + w0, w1), f2 = field(table, row + w0 + w1, w2);
                if (type == 1) {
                    offsets[n] = (int) f1;
                } else if (type == 2) {
                    containers[n] = (int) f1;
                    indexes[n] = (int) f2;
                }
            }
        }
        return new PdfFile(pdf, dict, offsets, containers, indexes);
    }

    Dict trailer() {
        return trailer;
    }

    Dict catalog() throws IOException {
        return dict(trailer.get("Root"));
    }

    /** The pages, first to last, as references to their dictionaries. */
    List<Ref> pages() throws IOException {
        List<Ref> pages = new ArrayList<>();
        addPages(catalog().get("Pages"), pages, 0);
        return pages;
    }

    private void addPages(PdfValue node, List<Ref> pages, int depth) throws IOException {
        Dict dict = dict(node);
        if (depth > 64) {
            throw new IOException("arbre de pages trop profond");
        }
        if (dict.is("Type", "Pages")) {
            for (PdfValue kid : ((Array) resolve(dict.get("Kids"))).items()) {
                addPages(kid, pages, depth + 1);
            }
        } else if (node instanceof Ref ref) {
            pages.add(ref);
        } else {
            throw new IOException("page sans référence");
        }
    }

    /** The page count the page tree's root declares. */
    int pageCount() throws IOException {
        return intOf(dict(catalog().get("Pages")).get("Count"));
    }

    PdfValue resolve(PdfValue value) throws IOException {
        return value instanceof Ref ref ? object(ref.number()) : value;
    }

    Dict dict(PdfValue value) throws IOException {
        PdfValue resolved = resolve(value);
        if (resolved instanceof Dict dict) {
            return dict;
        }
        if (resolved instanceof Stream stream) {
            return stream.dict();
        }
        throw new IOException("dictionnaire attendu : " + value);
    }

    /**
     * Where an object's text lies: {@code data[start, end)}, its value (a stream's dictionary), and for a
     * stream its encoded data, {@code streamLength} bytes from {@code streamStart} (-1 when not a stream).
     */
    record Slice(byte[] data, int start, int end, int streamStart, int streamLength) {}

    /** An object stream, inflated: its objects' numbers and where each one's text starts and ends. */
    private record Unpacked(byte[] data, int[] numbers, int[] starts, int[] ends) {}

    private final Map<Integer, Unpacked> unpacked = new ConcurrentHashMap<>();

    /** The text of object {@code number}; null when the file has no such object. */
    Slice slice(int number) throws IOException {
        if (number <= 0 || number >= offsets.length) {
            return null;
        }
        if (offsets[number] >= 0) {
            PdfParser parser = new PdfParser(bytes, offsets[number], bytes.length);
            if (parser.integer() != number) {
                throw new IOException("objet " + number + " absent de sa position");
            }
            parser.integer();
            parser.keyword("obj");
            int start = parser.skipSpace();
            int end = parser.skipValue();
            if (parser.startsStream()) {
                Dict dict = (Dict) new PdfParser(bytes, start, end).value();
                Stream stream = parser.streamAfter(dict, this);
                return new Slice(bytes, start, end, stream.offset(), stream.length());
            }
            return new Slice(bytes, start, end, -1, 0);
        }
        if (containers[number] >= 0) {
            Unpacked container = unpack(containers[number]);
            int index = indexes[number];
            if (index >= container.numbers().length || container.numbers()[index] != number) {
                throw new IOException("objet " + number + " absent de son flux d'objets");
            }
            return new Slice(container.data(), container.starts()[index], container.ends()[index], -1, 0);
        }
        return null;
    }

    /** The object numbered {@code number}; {@code null} (the PDF null) when absent. */
    PdfValue object(int number) throws IOException {
        PdfValue known = read.get(number);
        if (known != null) {
            return known;
        }
        Slice slice = slice(number);
        PdfValue value;
        if (slice == null) {
            value = new Atom("null");
        } else {
            value = new PdfParser(slice.data(), slice.start(), slice.end()).value();
            if (slice.streamStart() >= 0) {
                value = new Stream((Dict) value, slice.data(), slice.streamStart(), slice.streamLength());
            }
        }
        read.put(number, value);
        return value;
    }

    private Unpacked unpack(int container) throws IOException {
        Unpacked known = unpacked.get(container);
        if (known != null) {
            return known;
        }
        Stream stream = (Stream) object(container);
        byte[] data = decode(stream);
        int count = intOf(stream.dict().get("N")), first = intOf(stream.dict().get("First"));
        PdfParser header = new PdfParser(data, 0, first);
        int[] numbers = new int[count], starts = new int[count], ends = new int[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = header.integer();
            starts[i] = first + header.integer();
        }
        for (int i = 0; i < count; i++) {
            ends[i] = i + 1 < count ? starts[i + 1] : data.length;
        }
        Unpacked result = new Unpacked(data, numbers, starts, ends);
        unpacked.put(container, result);
        return result;
    }

    /** A stream's data, inflated when it is Flate-encoded (the only filter PDFBox uses for its own streams). */
    static byte[] decode(Stream stream) throws IOException {
        PdfValue filter = stream.dict().get("Filter");
        if (filter == null) {
            return java.util.Arrays.copyOfRange(stream.source(), stream.offset(), stream.offset() + stream.length());
        }
        if (!(filter instanceof Atom atom && atom.text().equals("/FlateDecode"))) {
            throw new IOException("filtre non pris en charge : " + filter);
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(stream.source(), stream.offset(), stream.length());
            byte[] out = new byte[Math.max(256, stream.length() * 4)];
            int length = 0;
            while (!inflater.finished()) {
                if (length == out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                int n = inflater.inflate(out, length, out.length - length);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                length += n;
            }
            return length == out.length ? out : java.util.Arrays.copyOf(out, length);
        } catch (DataFormatException e) {
            throw new IOException("flux compressé illisible", e);
        } finally {
            inflater.end();
        }
    }

    static int intOf(PdfValue value) throws IOException {
        if (value instanceof Atom atom && atom.integer() != null) {
            return atom.integer();
        }
        throw new IOException("entier attendu : " + value);
    }

    static float floatOf(PdfValue value) throws IOException {
        if (value instanceof Atom atom) {
            try {
                return Float.parseFloat(atom.text());
            } catch (NumberFormatException e) {
                throw new IOException("nombre attendu : " + atom.text(), e);
            }
        }
        throw new IOException("nombre attendu : " + value);
    }

    private static int field(byte[] table, int at, int width) {
        int value = 0;
        for (int i = 0; i < width; i++) {
            value = (value << 8) | (table[at + i] & 0xff);
        }
        return value;
    }

    private static int lastIndexOf(byte[] data, byte[] word) {
        for (int i = data.length - word.length; i >= 0; i--) {
            int j = 0;
            while (j < word.length && data[i + j] == word[j]) {
                j++;
            }
            if (j == word.length) {
                return i;
            }
        }
        return -1;
    }
}
