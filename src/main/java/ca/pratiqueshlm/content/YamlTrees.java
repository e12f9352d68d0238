package ca.pratiqueshlm.content;

import ca.pratiqueshlm.content.YamlNode.Entry;
import ca.pratiqueshlm.content.YamlNode.Mapping;
import ca.pratiqueshlm.content.YamlNode.Scalar;
import ca.pratiqueshlm.content.YamlNode.ScalarType;
import ca.pratiqueshlm.content.YamlNode.Sequence;
import ca.pratiqueshlm.diagnostics.Position;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML tree as bytes and back, positions included, for the build cache: reading a fiche's
 * front matter back costs a fraction of parsing it again (the YAML parser was about half of checking
 * the content of 1,000 fiches).
 */
final class YamlTrees {
    private static final int MAPPING = 0;
    private static final int SEQUENCE = 1;
    private static final int SCALAR = 2;
    private static final ScalarType[] TYPES = ScalarType.values();

    private YamlTrees() {}

    static byte[] encode(YamlNode root) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The tree {@link #encode} wrote; an exception for bytes it did not write. */
    static YamlNode decode(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        YamlNode root = read(in);
        if (in.available() != 0) {
            throw new IOException("trailing bytes after the YAML tree");
        }
        return root;
    }

    private static void write(DataOutputStream out, YamlNode node) throws IOException {
        if (node instanceof Mapping mapping) {
            out.writeByte(MAPPING);
            position(out, mapping.position());
            out.writeInt(mapping.entries().size());
            for (Entry entry : mapping.entries().values()) {
                text(out, entry.key());
                position(out, entry.keyPosition());
                write(out, entry.value());
            }
        } else if (node instanceof Sequence sequence) {
            out.writeByte(SEQUENCE);
            position(out, sequence.position());
            out.writeInt(sequence.items().size());
            for (YamlNode item : sequence.items()) {
                write(out, item);
            }
        } else if (node instanceof Scalar scalar) {
            out.writeByte(SCALAR);
            position(out, scalar.position());
            out.writeByte(scalar.type().ordinal());
            out.writeBoolean(scalar.text() != null);
            if (scalar.text() != null) {
                text(out, scalar.text());
            }
        }
    }

    private static YamlNode read(DataInputStream in) throws IOException {
        int kind = in.readByte();
        Position position = position(in);
        switch (kind) {
            case MAPPING -> {
                int size = in.readInt();
                Map<String, Entry> entries = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    String key = text(in);
                    Position keyPosition = position(in);
                    entries.put(key, new Entry(key, keyPosition, read(in)));
                }
                return new Mapping(position, entries);
            }
            case SEQUENCE -> {
                int size = in.readInt();
                List<YamlNode> items = new ArrayList<>(Math.min(size, 1024));
                for (int i = 0; i < size; i++) {
                    items.add(read(in));
                }
                return new Sequence(position, items);
            }
            case SCALAR -> {
                ScalarType type = TYPES[in.readByte()];
                return new Scalar(position, in.readBoolean() ? text(in) : null, type);
            }
            default -> throw new IOException("unknown YAML node kind " + kind);
        }
    }

    private static void position(DataOutputStream out, Position position) throws IOException {
        out.writeInt(position.line());
        out.writeInt(position.column());
    }

    private static Position position(DataInputStream in) throws IOException {
        return new Position(in.readInt(), in.readInt());
    }

    /** Length and UTF-8 bytes: writeUTF stops at 64 KB, and a scalar may be longer. */
    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String text(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}
