package ca.pratiqueshlm.validation;

import ca.pratiqueshlm.content.YamlNode.Mapping;
import ca.pratiqueshlm.content.YamlNode.Scalar;
import ca.pratiqueshlm.content.YamlNode.ScalarType;
import ca.pratiqueshlm.content.YamlNode.Sequence;
import ca.pratiqueshlm.content.YamlNode;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import ca.pratiqueshlm.diagnostics.SourceFile;
import ca.pratiqueshlm.model.Coded;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Field;
import ca.pratiqueshlm.model.Folding;
import ca.pratiqueshlm.model.RecordComponents;
import ca.pratiqueshlm.model.Registry;
import ca.pratiqueshlm.model.SelfChecked;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds located YAML to the model's records, following their {@link Field} declarations. It never
 * stops at the first problem: every error of the file goes to the sink, each at its position.
 */
public final class RecordBinder {
    private final SourceFile file;
    private final Map<Registry, ? extends Collection<String>> knownIds;
    private final List<Diagnostic> sink;
    private final ValueReader values;
    private final ReferenceHints hints;

    /**
     * @param knownIds the ids each registry holds; a registry absent from the map is not checked
     */
    public RecordBinder(SourceFile file, Map<Registry, ? extends Collection<String>> knownIds, List<Diagnostic> sink) {
        this(file, knownIds, ReferenceHints.NONE, sink);
    }

    /** @param hints how to answer a reference that is not an id (a name, an alias, a typo) */
    public RecordBinder(SourceFile file, Map<Registry, ? extends Collection<String>> knownIds, ReferenceHints hints,
            List<Diagnostic> sink) {
        this.file = file;
        this.knownIds = knownIds;
        this.hints = hints;
        this.sink = sink;
        this.values = new ValueReader(file, sink);
    }

    /**
     * Binds {@code node} to a {@code type}; components without {@link Field} take their value from
     * {@code extra}, by component name.
     */
    public <T extends Record> Optional<T> bind(Class<T> type, YamlNode node, String path, Map<String, Object> extra) {
        if (!(node instanceof Mapping mapping)) {
            report(node.position(), describe(path) + " doit être un ensemble de champs « nom: valeur », pas "
                    + node.kindName(), "écrivez ses champs sur les lignes suivantes, indentés de deux espaces");
            return Optional.empty();
        }
        int problemsBefore = sink.size();
        RecordComponent[] components = RecordComponents.of(type).toArray(new RecordComponent[0]);
        reportUnknownKeys(mapping, components, path);
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            Field field = component.getAnnotation(Field.class);
            arguments[i] = field == null
                    ? extra.get(component.getName())
                    : bindField(component, field, mapping, join(path, field.value()));
        }
        if (sink.size() > problemsBefore) {
            return Optional.empty();
        }
        T value = RecordReflection.construct(type, components, arguments);
        if (value instanceof SelfChecked checked) {
            for (SelfChecked.FieldProblem problem : checked.check()) {
                report(problemPosition(mapping, problem.key()), problem.message(), problem.hint());
            }
            if (sink.size() > problemsBefore) {
                return Optional.empty();
            }
        }
        return Optional.of(value);
    }

    /** Where a problem with {@code key} ("fin", or a dotted path "statut.source") is shown. */
    private static Position problemPosition(Mapping mapping, String key) {
        YamlNode node = mapping;
        for (String part : key.split("\\.")) {
            YamlNode.Entry entry = node instanceof Mapping m ? m.entries().get(part) : null;
            if (entry == null) {
                return node.position();
            }
            node = entry.value();
        }
        return node.position();
    }

    /** Binds a YAML list whose items are all {@code type} records. */
    public <T extends Record> List<T> bindList(Class<T> type, YamlNode node, String path) {
        if (node instanceof Mapping empty && empty.entries().isEmpty() && path.isEmpty()) {
            report(node.position(), "fichier vide", "un registre est une liste d'entrées, chacune commençant par « - »");
            return List.of();
        }
        if (!(node instanceof Sequence sequence)) {
            report(node.position(), describe(path) + " doit être une liste, pas " + node.kindName(),
                    "commencez chaque élément par « - »");
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            bind(type, sequence.items().get(i), path + "[" + (i + 1) + "]", Map.of()).ifPresent(items::add);
        }
        return items;
    }

    private Object bindField(RecordComponent component, Field field, Mapping mapping, String path) {
        YamlNode.Entry entry = mapping.entries().get(field.value());
        boolean isList = component.getType() == List.class;
        YamlNode node = entry == null ? null : entry.value();
        if (node == null || (node instanceof Scalar scalar && (scalar.isNull() || scalar.text().isBlank()))) {
            if (field.required()) {
                if (entry == null && isTypoOfUnknownKey(field.value(), mapping, fieldKeys(component.getDeclaringRecord().getRecordComponents()))) {
                    return isList ? List.of() : null; // reported once, as the unknown key with its fix
                }
                if (entry == null) {
                    report(mapping.position(), "champ obligatoire « " + path + " » manquant",
                            "ajoutez la ligne « " + field.value() + ": … »" + explained(field) + notStated(component, field));
                } else {
                    report(entry.keyPosition(), "le champ obligatoire « " + path + " » est vide",
                            "donnez-lui une valeur" + explained(field) + notStated(component, field));
                }
            }
            return isList ? List.of() : null;
        }
        if (isList) {
            return bindListField(component, field, node, path);
        }
        return bindValue(component.getType(), field, node, path);
    }

    private List<Object> bindListField(RecordComponent component, Field field, YamlNode node, String path) {
        Class<?> itemType = RecordReflection.listItemType(component.getGenericType());
        if (itemType == String.class && field.ref() == Registry.NONE && node instanceof Scalar scalar
                && Folding.fold(scalar.text().strip()).equals(Folding.fold(Fiche.NOT_STATED))) {
            return List.of(Fiche.NOT_STATED);
        }
        if (!(node instanceof Sequence sequence)) {
            report(node.position(), "« " + path + " » doit être une liste, pas " + node.kindName(),
                    "écrivez chaque élément sur sa ligne, précédé de « - »");
            return List.of();
        }
        if (field.required() && sequence.items().isEmpty()) {
            report(node.position(), "la liste « " + path + " » doit contenir au moins un élément",
                    lowerFirst(field.doc()) + notStated(component, field));
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            Object item = bindValue(itemType, field, sequence.items().get(i), path + "[" + (i + 1) + "]");
            if (item != null) {
                items.add(item);
            }
        }
        return List.copyOf(items);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object bindValue(Class<?> type, Field field, YamlNode node, String path) {
        if (type.isRecord()) {
            return bind((Class<? extends Record>) type, node, path, Map.of()).orElse(null);
        }
        if (!(node instanceof Scalar scalar)) {
            report(node.position(), "« " + path + " » doit être " + ValueReader.expected(type) + ", pas " + node.kindName(),
                    "écrivez la valeur sur la même ligne que son nom, par exemple « " + lastKey(path) + ": … »");
            return null;
        }
        if (scalar.isNull()) {
            report(scalar.position(), "élément vide dans « " + path + " »", "retirez la ligne ou donnez une valeur");
            return null;
        }
        Object value;
        if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
            value = values.readCoded((Class) type, scalar, path);
        } else {
            value = values.read(type, field.constraint(), scalar, path, field.ref() == Registry.REGION);
        }
        if (value instanceof String text && field.maxLength() > 0
                && text.codePointCount(0, text.length()) > field.maxLength()) {
            report(scalar.position(), "« " + path + " » trop long : " + text.codePointCount(0, text.length())
                    + " caractères (" + field.maxLength() + " au plus)",
                    "raccourcissez-le ; les détails ont leur place dans le texte de la fiche");
            return null;
        }
        if (value instanceof String id && field.ref() != Registry.NONE) {
            checkReference(field.ref(), id, scalar.position());
        }
        return value;
    }

    private void checkReference(Registry registry, String id, Position position) {
        Collection<String> known = knownIds.get(registry);
        if (known == null || known.contains(id)) {
            return;
        }
        boolean masculine = registry == Registry.PARTNER || registry == Registry.PROGRAMME;
        String message = registry.frenchName() + (masculine ? " inconnu « " : " inconnue « ") + id + " »";
        report(position, message, hints.hint(registry, id, known));
    }

    private static List<String> fieldKeys(RecordComponent[] components) {
        return Arrays.stream(components)
                .map(c -> c.getAnnotation(Field.class))
                .filter(f -> f != null)
                .map(Field::value)
                .toList();
    }

    private void reportUnknownKeys(Mapping mapping, RecordComponent[] components, String path) {
        List<String> keys = fieldKeys(components);
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!keys.contains(entry.key())) {
                String where = path.isEmpty() ? "" : " dans « " + path + " »";
                report(entry.keyPosition(), "champ inconnu « " + entry.key() + " »" + where,
                        Suggestions.didYouMean(entry.key(), keys)
                                .orElse("champs permis : " + String.join(", ", keys)));
            }
        }
    }

    private void report(Position position, String message, String hint) {
        sink.add(Diagnostic.at(file, position, message, hint));
    }

    private static String join(String path, String key) {
        if (path.isEmpty()) {
            return key;
        }
        // Entries of a registry file: "nom (entrée 2)" reads better than "[2].nom". Tested by hand, not
        // by a regular expression: every field of every fiche and registry entry comes through here.
        return isEntryIndex(path) ? key + " (entrée " + path.substring(1, path.length() - 1) + ")" : path + "." + key;
    }

    /** Whether {@code path} is a list entry's alone: "[" digits "]". */
    static boolean isEntryIndex(String path) {
        if (path.length() < 3 || path.charAt(0) != '[' || path.charAt(path.length() - 1) != ']') {
            return false;
        }
        for (int i = 1; i < path.length() - 1; i++) {
            if (path.charAt(i) < '0' || path.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String lastKey(String path) {
        String key = path.replaceAll(" \\(entrée \\d+\\)$", "").replaceAll("\\[\\d+\\]$", "");
        return key.substring(key.lastIndexOf('.') + 1);
    }

    /** " (what the field holds)", unless the doc only repeats the field's name. */
    private static String explained(Field field) {
        String doc = lowerFirst(field.doc());
        return doc.isEmpty() || doc.equalsIgnoreCase(field.value()) ? "" : " (" + doc + ")";
    }

    /** For a required list of texts a source may not give: the honest value to write instead of inventing. */
    private static String notStated(RecordComponent component, Field field) {
        boolean texts = component.getType() == List.class && RecordReflection.listItemType(component.getGenericType()) == String.class;
        return texts && field.ref() == Registry.NONE && field.required() && component.getDeclaringRecord() == Fiche.class
                ? " ; si la source ne le précise pas, écrivez « " + field.value() + ": " + Fiche.NOT_STATED + " »" : "";
    }

    /** A missing required key that an unknown key of the same mapping is a typo of. */
    private static boolean isTypoOfUnknownKey(String required, Mapping mapping, List<String> knownKeys) {
        return mapping.entries().keySet().stream()
                .filter(key -> !knownKeys.contains(key))
                .anyMatch(key -> Suggestions.closest(key, List.of(required)).isPresent());
    }

    private String describe(String path) {
        if (path.isEmpty()) {
            return file.displayPath().endsWith(".md") ? "l'en-tête" : "le fichier";
        }
        return "« " + path + " »";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
