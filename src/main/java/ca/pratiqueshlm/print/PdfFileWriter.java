package ca.pratiqueshlm.print;

import ca.pratiqueshlm.print.PdfValue.Array;
import ca.pratiqueshlm.print.PdfValue.Atom;
import ca.pratiqueshlm.print.PdfValue.Dict;
import ca.pratiqueshlm.print.PdfValue.Ref;
import ca.pratiqueshlm.print.PdfValue.Stream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.zip.Deflater;

/**
 * Writes a PDF file object by object: numbers are handed out first ({@link #reserve}), objects written
 * in any order, and {@link #finish} adds the cross-reference stream that ends the file. Streams are
 * written as they come; the other objects are packed, compressed, into object streams, as PDFBox saves
 * (PDF 1.5+). References in a value go through a renumbering function, so objects read from another
 * file are written without being copied first.
 */
final class PdfFileWriter {
    private final ByteArrayOutputStream out;
    /** Objects packed in an object stream at most: PDFBox packs as many. */
    private static final int PER_STREAM = 100;
    private int[] offsets = new int[256];
    private int next = 1;
    /** The objects that go into object streams, by number, as written (without "obj" and "endobj"). */
    private final ByteArrayOutputStream packed = new ByteArrayOutputStream(256 * 1024);
    /** By object number: where its text starts in {@link #packed} and its length; -1 when not packed. */
    private int[] packedStart = new int[256];
    private int[] packedLength = new int[256];
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    private final byte[] deflated = new byte[32 * 1024];

    PdfFileWriter(int expectedSize) {
        out = new ByteArrayOutputStream(expectedSize);
        ascii("%PDF-1.7\n%");
        // A comment of bytes above 127: tells transfer programs the file is binary.
        out.write(0xe2);
        out.write(0xe3);
        out.write(0xcf);
        out.write(0xd3);
        ascii("\n");
    }

    int reserve() {
        if (next == offsets.length) {
            offsets = Arrays.copyOf(offsets, next * 2);
            packedStart = Arrays.copyOf(packedStart, next * 2);
            packedLength = Arrays.copyOf(packedLength, next * 2);
        }
        return next++;
    }

    /** Writes object {@code number}, its references renumbered by {@code renumber}. */
    void write(int number, PdfValue value, IntUnaryOperator renumber) {
        StringBuilder text = new StringBuilder(256);
        if (value instanceof Stream stream) {
            append(text, stream.dict().with("Length", Atom.number(stream.length())), renumber);
            writeStream(number, text.toString(), stream.source(), stream.offset(), stream.length());
        } else {
            append(text, value, renumber);
            int start = packed.size();
            packed.writeBytes(text.toString().getBytes(StandardCharsets.ISO_8859_1));
            pack(number, start);
        }
    }

    /**
     * Writes object {@code number} from another file's text ({@link RawCopy}): references renumbered,
     * StructParent(s) shifted by {@code shift}, the rest as it was.
     */
    void writeRaw(int number, PdfFile.Slice slice, IntUnaryOperator renumber, int shift) {
        if (slice.streamStart() >= 0) {
            ByteArrayOutputStream text = new ByteArrayOutputStream(slice.end() - slice.start() + 16);
            RawCopy.copy(slice.data(), slice.start(), slice.end(), text, renumber, shift);
            writeStream(number, text.toString(StandardCharsets.ISO_8859_1), slice.data(), slice.streamStart(),
                    slice.streamLength());
        } else {
            int start = packed.size();
            RawCopy.copy(slice.data(), slice.start(), slice.end(), packed, renumber, shift);
            pack(number, start);
        }
    }

    /** Object {@code number} is the text of {@link #packed} from {@code start} to its end. */
    private void pack(int number, int start) {
        packedStart[number] = start;
        packedLength[number] = packed.size() - start;
        offsets[number] = -1;
    }

    private void writeStream(int number, String dict, byte[] data, int offset, int length) {
        offsets[number] = out.size();
        ascii(number + " 0 obj\n" + dict + "\nstream\n");
        out.write(data, offset, length);
        ascii("\nendstream\nendobj\n");
    }

    /** The file: object streams, then the cross-reference stream, with {@code id} as both halves of its identifier. */
    byte[] finish(int root, int info, byte[] id) {
        for (int n = 1; n < next; n++) {
            if (offsets[n] == 0) {
                throw new IllegalStateException("objet " + n + " réservé mais jamais écrit");
            }
        }
        int objects = next;
        // By object number: the object stream holding it and its index there.
        int[] containers = new int[objects];
        int[] indexes = new int[objects];
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n < objects; n++) {
            if (offsets[n] < 0) {
                numbers.add(n);
            }
        }
        byte[] texts = packed.toByteArray();
        for (int from = 0; from < numbers.size(); from += PER_STREAM) {
            List<Integer> chunk = numbers.subList(from, Math.min(numbers.size(), from + PER_STREAM));
            int container = reserve();
            StringBuilder header = new StringBuilder();
            int bodyLength = 0;
            for (int i = 0; i < chunk.size(); i++) {
                int number = chunk.get(i);
                header.append(number).append(' ').append(bodyLength).append(' ');
                bodyLength += packedLength[number] + 1;
                containers[number] = container;
                indexes[number] = i;
            }
            byte[] stream = new byte[header.length() + bodyLength];
            int at = header.length();
            System.arraycopy(header.toString().getBytes(StandardCharsets.US_ASCII), 0, stream, 0, at);
            for (int number : chunk) {
                System.arraycopy(texts, packedStart[number], stream, at, packedLength[number]);
                at += packedLength[number];
                stream[at++] = '\n';
            }
            byte[] data = deflate(stream);
            writeStream(container, "<</Type /ObjStm /N " + chunk.size() + " /First " + header.length()
                    + " /Filter /FlateDecode /Length " + data.length + ">>", data, 0, data.length);
        }
        int xref = reserve();
        offsets[xref] = out.size();
        // Type (1 byte), offset or object stream (4 bytes), generation or index (2 bytes).
        byte[] table = new byte[next * 7];
        for (int n = 0; n < next; n++) {
            int row = n * 7;
            if (n == 0) {
                table[row] = 0;
                table[row + 5] = (byte) 0xff;
                table[row + 6] = (byte) 0xff;
            } else if (n < objects && offsets[n] < 0) {
                table[row] = 2;
                put(table, row + 1, containers[n]);
                table[row + 5] = (byte) (indexes[n] >> 8);
                table[row + 6] = (byte) indexes[n];
            } else {
                table[row] = 1;
                put(table, row + 1, offsets[n]);
            }
        }
        byte[] data = deflate(table);
        StringBuilder hex = new StringBuilder();
        for (byte b : id) {
            hex.append(String.format("%02X", b));
        }
        writeStream(xref, "<</Type /XRef /Size " + next + " /W [1 4 2] /Root " + root + " 0 R /Info " + info
                + " 0 R /ID [<" + hex + "> <" + hex + ">] /Filter /FlateDecode /Length " + data.length + ">>",
                data, 0, data.length);
        ascii("startxref\n" + offsets[xref] + "\n%%EOF\n");
        deflater.end();
        return out.toByteArray();
    }

    private static void put(byte[] table, int at, int value) {
        table[at] = (byte) (value >>> 24);
        table[at + 1] = (byte) (value >>> 16);
        table[at + 2] = (byte) (value >>> 8);
        table[at + 3] = (byte) value;
    }

    private byte[] deflate(byte[] data) {
        deflater.reset();
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(data.length / 3 + 64);
        while (!deflater.finished()) {
            compressed.write(deflated, 0, deflater.deflate(deflated));
        }
        return compressed.toByteArray();
    }

    private static void append(StringBuilder text, PdfValue value, IntUnaryOperator renumber) {
        if (value instanceof Atom atom) {
            text.append(atom.text());
        } else if (value instanceof Ref ref) {
            text.append(renumber.applyAsInt(ref.number())).append(" 0 R");
        } else if (value instanceof PdfValue.Target target) {
            text.append(target.number()).append(" 0 R");
        } else if (value instanceof Array array) {
            text.append('[');
            for (int i = 0; i < array.items().size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                append(text, array.items().get(i), renumber);
            }
            text.append(']');
        } else if (value instanceof Dict dict) {
            text.append("<<");
            for (Map.Entry<String, PdfValue> entry : dict.entries().entrySet()) {
                text.append('/').append(entry.getKey()).append(' ');
                append(text, entry.getValue(), renumber);
                text.append(' ');
            }
            text.append(">>");
        } else {
            throw new IllegalArgumentException("un flux est toujours un objet à part");
        }
    }

    private void ascii(String text) {
        // Atoms hold their source bytes as Latin-1 characters: written back byte for byte.
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
