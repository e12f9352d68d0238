package ca.pratiqueshlm.schema;

import ca.pratiqueshlm.model.Coded;
import ca.pratiqueshlm.model.Constraint;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Field;
import ca.pratiqueshlm.model.Registry;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The table of a fiche's fields, in French Markdown, from the model's {@link Field} declarations; it is
 * the field reference of CONTRIBUTING.md, which a test keeps equal to this output.
 */
public final class FieldReference {
    private FieldReference() {}

    public static String markdown() {
        StringBuilder table = new StringBuilder()
                .append("| Champ | Obligatoire | Forme | Ce qu'il contient | Exemple |\n")
                .append("|---|---|---|---|---|\n");
        rows(Fiche.class, "", table);
        return table.toString();
    }

    @SuppressWarnings("unchecked")
    private static void rows(Class<? extends Record> type, String parent, StringBuilder table) {
        for (RecordComponent component : type.getRecordComponents()) {
            Field field = component.getAnnotation(Field.class);
            if (field == null) {
                continue;
            }
            boolean list = component.getType() == List.class;
            Class<?> valueType = list
                    ? (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0]
                    : component.getType();
            String name = parent.isEmpty() ? "`" + field.value() + "`" : parent + " › `" + field.value() + "`";
            table.append("| ").append(name)
                    .append(" | ").append(field.required() ? "oui" : "non")
                    .append(" | ").append(form(valueType, field, list))
                    .append(" | ").append(cell(field.doc()))
                    .append(" | ").append(field.example().isEmpty() ? "" : "`" + cell(field.example()) + "`")
                    .append(" |\n");
            if (valueType.isRecord()) {
                rows((Class<? extends Record>) valueType, name, table);
            }
        }
    }

    private static String form(Class<?> type, Field field, boolean list) {
        String one;
        if (type.isRecord()) {
            return list ? "liste d'éléments (champs ci-dessous)" : "champs ci-dessous, en retrait";
        } else if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
            one = "un de : " + Arrays.stream(type.getEnumConstants()).map(c -> "`" + ((Coded) c).code() + "`")
                    .collect(Collectors.joining(", "));
        } else if (field.ref() != Registry.NONE) {
            one = "identifiant de `" + field.ref().fileName() + "`";
        } else if (type == Integer.class) {
            one = field.constraint() == Constraint.YEAR ? "année"
                    : field.constraint() == Constraint.YEAR_OR_UNKNOWN ? "année ou « inconnu »" : "nombre entier";
        } else if (type == BigDecimal.class) {
            one = "montant en chiffres";
        } else if (type == LocalDate.class) {
            one = "date AAAA-MM-JJ";
        } else if (type == Boolean.class) {
            one = "`true` ou `false`";
        } else {
            one = field.constraint() == Constraint.ONE_LINE ? "texte d'une ligne" : "texte";
        }
        return list ? "liste ; chaque élément : " + one : one;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
