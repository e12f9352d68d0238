package ca.pratiqueshlm.content;

import ca.pratiqueshlm.diagnostics.Position;
import java.util.List;
import java.util.Map;

/** A YAML value that remembers where it was written, so every later error can point at it. */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {
    Position position();

    /** A short French name of the node's kind, for type errors ("une liste", "un texte"). */
    String kindName();

    /** A mapping; entries keep the order of the file. */
    record Mapping(Position position, Map<String, Entry> entries) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        @Override
        public String kindName() {
            return "un ensemble de champs";
        }
    }

    /** A key with its own position, and its value. */
    record Entry(String key, Position keyPosition, YamlNode value) {}

    record Sequence(Position position, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "une liste";
        }
    }

    /** A scalar as written; {@code type} is what YAML would make of it. */
    record Scalar(Position position, String text, ScalarType type) implements YamlNode {
        @Override
        public String kindName() {
            return switch (type) {
                case NULL -> "une valeur vide";
                case INTEGER, DECIMAL -> "un nombre";
                case BOOLEAN -> "une valeur vrai/faux";
                case STRING -> "un texte";
            };
        }

        public boolean isNull() {
            return type == ScalarType.NULL;
        }
    }

    enum ScalarType { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }
}
