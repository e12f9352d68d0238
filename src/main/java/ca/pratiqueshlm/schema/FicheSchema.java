package ca.pratiqueshlm.schema;

import ca.pratiqueshlm.model.Coded;
import ca.pratiqueshlm.model.Constraint;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Field;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.model.Registry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of a fiche's front matter, derived from the model's {@link Field}
 * declarations and the registries' ids, so that VS Code's YAML extension completes and checks fiches
 * with the same keys, French descriptions and allowed values as the validator.
 */
public final class FicheSchema {
    /** Where the schema lives, in the repository and in the published site. */
    public static final String PATH = "schema/fiche.schema.json";
    /** The command that rewrites the committed file. */
    public static final String COMMAND = "java -jar target/fiches.jar schema";

    private static final String ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private static final String ONE_LINE_PATTERN = "^[^\\r\\n]*$";
    private static final String DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<Registry, List<Choice>> choices;

    public FicheSchema(Registries registries) {
        this.choices = choices(registries);
    }

    /** An allowed id and what it names, shown beside the id when completing. */
    record Choice(String id, String label) {}

    /** The schema as text: two-space indentation, "\n" line ends, a final newline; the same bytes for the same input. */
    public String json() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try {
            return mapper.writer(printer).writeValueAsString(tree()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    public byte[] bytes() {
        return json().getBytes(StandardCharsets.UTF_8);
    }

    public ObjectNode tree() {
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "fiche.schema.json");
        root.put("title", "Fiche de pratique");
        root.put("description", "En-tête YAML d'une fiche (content/fiches/<nom>.md), entre les deux lignes « --- ». "
                + "Fichier produit par « " + COMMAND + " » à partir du modèle et des registres : ne le modifiez pas à la main.");
        Map<String, ObjectNode> defs = new LinkedHashMap<>();
        ObjectNode fiche = objectSchema(Fiche.class, defs);
        root.setAll(fiche);
        ObjectNode defsNode = root.putObject("$defs");
        defs.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> defsNode.set(e.getKey(), e.getValue()));
        return root;
    }

    private ObjectNode objectSchema(Class<? extends Record> type, Map<String, ObjectNode> defs) {
        ObjectNode schema = mapper.createObjectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = mapper.createArrayNode();
        for (RecordComponent component : type.getRecordComponents()) {
            Field field = component.getAnnotation(Field.class);
            if (field == null) {
                continue;
            }
            properties.set(field.value(), fieldSchema(component, field, defs));
            if (field.required()) {
                required.add(field.value());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private ObjectNode fieldSchema(RecordComponent component, Field field, Map<String, ObjectNode> defs) {
        ObjectNode schema;
        if (component.getType() == List.class) {
            Class<?> item = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            schema = mapper.createObjectNode();
            schema.put("type", "array");
            schema.set("items", valueSchema(item, field, defs));
            if (field.required()) {
                schema.put("minItems", 1);
            }
            if (item == String.class && field.ref() == Registry.NONE) {
                // As the binder: a free-text list may instead say that its source does not give it.
                ObjectNode either = mapper.createObjectNode();
                either.putArray("anyOf").add(schema).add(mapper.createObjectNode().put("const", Fiche.NOT_STATED));
                schema = either;
            }
        } else {
            schema = valueSchema(component.getType(), field, defs);
        }
        ObjectNode described = mapper.createObjectNode();
        described.put("description", description(field));
        described.setAll(schema);
        if (!field.example().isEmpty() && component.getType() != List.class) {
            example(component.getType(), field.example(), described.putArray("examples"));
        }
        return described;
    }

    @SuppressWarnings("unchecked")
    private ObjectNode valueSchema(Class<?> type, Field field, Map<String, ObjectNode> defs) {
        ObjectNode schema = mapper.createObjectNode();
        if (type.isRecord()) {
            String name = type.getSimpleName();
            if (!defs.containsKey(name)) {
                defs.put(name, mapper.createObjectNode()); // reserve first: records may nest
                defs.put(name, objectSchema((Class<? extends Record>) type, defs));
            }
            schema.put("$ref", "#/$defs/" + name);
            return schema;
        }
        if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
            schema.put("type", "string");
            ArrayNode codes = schema.putArray("enum");
            ArrayNode labels = schema.putArray("enumDescriptions");
            for (Object constant : type.getEnumConstants()) {
                codes.add(((Coded) constant).code());
                labels.add(((Coded) constant).label());
            }
            return schema;
        }
        if (field.ref() != Registry.NONE && choices.containsKey(field.ref())) {
            schema.put("type", "string");
            ArrayNode ids = schema.putArray("enum");
            ArrayNode labels = schema.putArray("enumDescriptions");
            for (Choice choice : choices.get(field.ref())) {
                ids.add(choice.id());
                labels.add(choice.label());
            }
            return schema;
        }
        if (type == String.class) {
            schema.put("type", "string");
            schema.put("minLength", 1);
            if (field.maxLength() > 0) {
                schema.put("maxLength", field.maxLength());
            }
            switch (field.constraint()) {
                case ONE_LINE -> schema.put("pattern", ONE_LINE_PATTERN);
                case ID -> schema.put("pattern", ID_PATTERN);
                case URL -> schema.put("pattern", "^https?://");
                default -> { }
            }
        } else if (type == Integer.class && field.constraint() == Constraint.YEAR_OR_UNKNOWN) {
            ArrayNode either = schema.putArray("oneOf");
            either.addObject().put("type", "integer").put("minimum", Constraint.FIRST_YEAR);
            either.addObject().put("const", "inconnu");
        } else if (type == Integer.class) {
            schema.put("type", "integer");
            if (field.constraint() == Constraint.YEAR) {
                // No maximum: "next year" would change the committed file every January.
                schema.put("minimum", Constraint.FIRST_YEAR);
            }
        } else if (type == BigDecimal.class) {
            schema.put("type", "number");
            schema.put("minimum", 0);
        } else if (type == Boolean.class) {
            schema.put("type", "boolean");
        } else if (type == LocalDate.class) {
            schema.put("type", "string");
            schema.put("format", "date");
            schema.put("pattern", DATE_PATTERN);
        } else {
            throw new IllegalStateException("no schema for model type " + type);
        }
        return schema;
    }

    private static String description(Field field) {
        StringBuilder text = new StringBuilder(field.doc());
        if (field.constraint() == Constraint.YEAR || field.constraint() == Constraint.YEAR_OR_UNKNOWN) {
            text.append(" (de ").append(Constraint.FIRST_YEAR).append(" à l'an prochain)");
        }
        if (field.ref() != Registry.NONE && !field.doc().contains(field.ref().fileName())) {
            text.append(" — identifiant de ").append(field.ref().fileName());
        }
        text.append(field.required() ? ". Obligatoire." : ". Facultatif.");
        return text.toString();
    }

    private static void example(Class<?> type, String example, ArrayNode examples) {
        if (type == Integer.class) {
            examples.add(Integer.parseInt(example));
        } else if (type == BigDecimal.class) {
            examples.add(new BigDecimal(example));
        } else if (type == Boolean.class) {
            examples.add(Boolean.parseBoolean(example));
        } else {
            examples.add(example);
        }
    }

    private static Map<Registry, List<Choice>> choices(Registries registries) {
        return Map.of(
                Registry.CATEGORY, registries.categories().stream().map(c -> new Choice(c.id(), c.name())).toList(),
                Registry.REGION, registries.regions().stream().map(r -> new Choice(r.code(), r.name())).toList(),
                Registry.POPULATION, registries.populations().stream().map(p -> new Choice(p.id(), p.name())).toList(),
                Registry.PARTNER, registries.partners().stream().map(p -> new Choice(p.id(), p.displayName())).toList(),
                Registry.OUTCOME, registries.outcomes().stream().map(o -> new Choice(o.id(), o.label())).toList(),
                Registry.SOURCE, registries.sources().stream().map(s -> new Choice(s.id(), s.authors() + " (" + s.year() + ")")).toList(),
                Registry.PROGRAMME, registries.programmes().stream().map(p -> new Choice(p.id(), p.name())).toList());
    }
}
