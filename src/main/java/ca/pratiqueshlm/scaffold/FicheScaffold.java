package ca.pratiqueshlm.scaffold;

import ca.pratiqueshlm.model.Coded;
import ca.pratiqueshlm.model.Constraint;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Field;
import ca.pratiqueshlm.model.RecordComponents;
import ca.pratiqueshlm.model.Registry;
import ca.pratiqueshlm.validation.Placeholders;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text of a new fiche, written from the model's {@link Field} declarations (the same ones the
 * validator, the JSON Schema and the proposal form read): every field with a French comment saying what
 * to write, the required ones set to « À COMPLÉTER » (so {@code fiches check} names each field still to
 * fill) and the optional ones commented out with their example, ready to be uncommented.
 */
public record FicheScaffold(String title, String category, String region, LocalDate today) {
    private static final String TODO = Placeholders.MARKER;

    public String text() {
        Map<String, String> given = Map.of("titre", yamlText(title), "categorie", category,
                "lieu.region", "\"" + region + "\"", "mise_a_jour", today.toString());
        StringBuilder text = new StringBuilder("""
                ---
                # yaml-language-server: $schema=../../schema/fiche.schema.json
                # Fiche créée par « fiches new ». Remplacez chaque « %1$s » ; « fiches check » signale
                # ceux qui restent. Les champs facultatifs sont en commentaire : retirez le « # » pour
                # les utiliser. Chaque champ est décrit dans CONTRIBUTING.md.
                """.formatted(TODO));
        fields(Fiche.class, "", "", given, text);
        text.append("""
                ---
                %1$s : décrivez ici la pratique, dans vos mots, en un ou plusieurs paragraphes.
                Les courtes citations sont permises si elles sont attribuées : « ... » (LeBlanc et
                Vachon, 2014, diapositive 12).
                """.formatted(TODO));
        return text.toString();
    }

    private static void fields(Class<?> type, String parent, String indent, Map<String, String> given, StringBuilder out) {
        for (RecordComponent component : RecordComponents.of(type)) {
            Field field = component.getAnnotation(Field.class);
            if (field != null) {
                field(component, field, parent.isEmpty() ? field.value() : parent + "." + field.value(), indent, given, out);
            }
        }
    }

    private static void field(RecordComponent component, Field field, String path, String indent,
            Map<String, String> given, StringBuilder out) {
        boolean list = component.getType() == List.class;
        Class<?> type = list ? (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0]
                : component.getType();
        out.append(indent).append("# ").append(comment(field, type, list)).append('\n');
        String key = indent + field.value() + ":";
        if (given.containsKey(path)) {
            out.append(key).append(' ').append(given.get(path)).append('\n');
        } else if (field.required() && type.isRecord() && !list) {
            out.append(key).append('\n');
            fields(type, path, indent + "  ", given, out);
        } else if (field.required() && type.isRecord()) {
            out.append(key).append('\n');
            item(type, indent, false, out);
        } else if (field.required() && list && (type.isEnum() || field.ref() != Registry.NONE)) {
            out.append(key).append(" [").append(TODO).append("]\n");
        } else if (field.required() && list) {
            out.append(key).append('\n').append(indent).append("  - ").append(TODO).append('\n');
        } else if (field.required()) {
            out.append(key).append(' ').append(TODO).append('\n');
        } else if (type.isRecord()) {
            out.append(indent).append("# ").append(field.value()).append(":\n");
            item(type, indent, true, out);
        } else if (list) {
            out.append(indent).append("# ").append(field.value()).append(":\n")
                    .append(indent).append("#   - ").append(example(field, type)).append('\n');
        } else {
            out.append(indent).append("# ").append(field.value()).append(": ").append(example(field, type)).append('\n');
        }
    }

    /**
     * One item of a list of records. Commented out (an optional list): every field with its example.
     * Otherwise the required fields to fill first, then the optional ones commented with their example.
     */
    private static void item(Class<?> type, String indent, boolean commented, StringBuilder out) {
        List<Field> fields = RecordComponents.of(type).stream().map(c -> c.getAnnotation(Field.class))
                .filter(f -> f != null).toList();
        List<Field> ordered = commented ? fields : java.util.stream.Stream.concat(
                fields.stream().filter(Field::required), fields.stream().filter(f -> !f.required())).toList();
        for (int i = 0; i < ordered.size(); i++) {
            Field field = ordered.get(i);
            Class<?> valueType = RecordComponents.of(type).stream()
                    .filter(c -> field.equals(c.getAnnotation(Field.class))).findFirst().orElseThrow().getType();
            String lead = i == 0 ? "- " : "  ";
            if (commented) {
                out.append(indent).append("#   ").append(lead).append(field.value()).append(": ").append(example(field, valueType));
            } else if (field.required()) {
                out.append(indent).append("  ").append(lead).append(field.value()).append(": ").append(TODO);
            } else {
                out.append(indent).append("    # ").append(field.value()).append(": ").append(example(field, valueType))
                        .append("  (facultatif : ").append(lowerFirst(field.doc())).append(')');
            }
            out.append('\n');
        }
    }

    /** "Obligatoire : what it holds (the values allowed)." */
    private static String comment(Field field, Class<?> type, boolean list) {
        StringBuilder text = new StringBuilder(field.required() ? "Obligatoire : " : "Facultatif : ").append(lowerFirst(field.doc()));
        if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
            text.append(" ; valeurs : ").append(Arrays.stream(type.getEnumConstants()).map(c -> ((Coded) c).code())
                    .collect(Collectors.joining(", ")));
        }
        if (field.ref() != Registry.NONE && !field.doc().contains(field.ref().fileName())) {
            text.append(" (").append(field.ref().fileName()).append(')');
        }
        if (field.maxLength() > 0) {
            text.append(" ; ").append(field.maxLength()).append(" caractères au plus");
        }
        if (field.constraint() == Constraint.YEAR_OR_UNKNOWN) {
            text.append(" ; « inconnu » si la source ne la donne pas");
        }
        if (list && field.required() && type == String.class && field.ref() == Registry.NONE) {
            text.append(" ; un par ligne, ou « ").append(field.value()).append(": ").append(Fiche.NOT_STATED)
                    .append(" » si la source ne le précise pas");
        }
        return text.append('.').toString();
    }

    private static String example(Field field, Class<?> type) {
        if (!field.example().isEmpty()) {
            return type == String.class && field.ref() == Registry.NONE ? yamlText(field.example()) : field.example();
        }
        if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
            return ((Coded) type.getEnumConstants()[0]).code();
        }
        return "…";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** The title as a YAML scalar: quoted when YAML would read it as something else. */
    static String yamlText(String text) {
        boolean plain = text.matches("[\\p{L}\\p{N}][^:#\"'\\[\\]{},&*!|>%@`]*")
                && !text.endsWith(" ") && !text.matches("(?i)(true|false|yes|no|on|off|null|~|[-+]?[0-9.]+)");
        if (plain) {
            return text;
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
