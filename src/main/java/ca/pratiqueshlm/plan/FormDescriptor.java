package ca.pratiqueshlm.plan;

import ca.pratiqueshlm.model.Coded;
import ca.pratiqueshlm.model.Constraint;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Field;
import ca.pratiqueshlm.model.Outcome;
import ca.pratiqueshlm.model.Partner;
import ca.pratiqueshlm.model.Place;
import ca.pratiqueshlm.model.RecordComponents;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.model.Registry;
import ca.pratiqueshlm.model.Source;
import ca.pratiqueshlm.validation.ReferenceHints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the proposal form is made of, as JSON: every {@link Field} of the fiche model (nested records
 * included), the registries' entries with every name they go by, and the fields of the registry entries an
 * editor may propose. {@code assets/js/proposer.js} builds the whole form from it, so the form, the
 * validator and the JSON Schema read the same declarations.
 */
public final class FormDescriptor {
    /** The registries whose new entries the form can propose, each with the record its file holds. */
    static final Map<Registry, Class<? extends Record>> PROPOSABLE =
            Map.of(Registry.PARTNER, Partner.class, Registry.OUTCOME, Outcome.class, Registry.SOURCE, Source.class);

    private final ObjectMapper mapper = new ObjectMapper();
    private final Registries registries;
    private final ReferenceHints names;

    public FormDescriptor(Registries registries) {
        this.registries = registries;
        this.names = ReferenceHints.of(registries);
    }

    /** The descriptor as JSON that can sit in a {@code <script type="application/json">}: no "<" in it. */
    public String json() {
        try {
            return mapper.writeValueAsString(tree()).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    public ObjectNode tree() {
        ObjectNode root = mapper.createObjectNode();
        root.put("firstYear", Constraint.FIRST_YEAR);
        root.put("notStated", Fiche.NOT_STATED);
        root.put("unknown", Place.UNKNOWN);
        root.set("fields", fields(Fiche.class, ""));
        ObjectNode registryNodes = root.putObject("registries");
        for (Registry registry : Registry.values()) {
            if (registry == Registry.NONE || registry == Registry.FICHE) {
                continue;
            }
            ObjectNode node = registryNodes.putObject(registry.name());
            node.put("name", registry.frenchName());
            node.put("file", registry.fileName());
            ArrayNode choices = node.putArray("choices");
            for (ReferenceHints.Entry entry : names.entries(registry)) {
                ObjectNode choice = choices.addObject().put("id", entry.id()).put("label", label(registry, entry));
                ArrayNode terms = choice.putArray("names");
                entry.names().forEach(terms::add);
            }
            Class<? extends Record> entryType = PROPOSABLE.get(registry);
            if (entryType != null) {
                node.set("entry", fields(entryType, ""));
            }
        }
        return root;
    }

    private static String label(Registry registry, ReferenceHints.Entry entry) {
        return registry == Registry.REGION ? entry.id() + " " + entry.label() : entry.label();
    }

    private ArrayNode fields(Class<? extends Record> type, String parent) {
        ArrayNode fields = mapper.createArrayNode();
        for (RecordComponent component : RecordComponents.of(type)) {
            Field field = component.getAnnotation(Field.class);
            if (field != null) {
                fields.add(field(type, component, field, parent.isEmpty() ? field.value() : parent + "." + field.value()));
            }
        }
        return fields;
    }

    @SuppressWarnings("unchecked")
    private ObjectNode field(Class<?> owner, RecordComponent component, Field field, String path) {
        boolean list = component.getType() == List.class;
        Class<?> type = list
                ? (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0]
                : component.getType();
        ObjectNode node = mapper.createObjectNode()
                .put("key", field.value())
                .put("path", path)
                .put("doc", field.doc())
                .put("required", field.required())
                .put("list", list)
                .put("type", typeName(type))
                .put("constraint", field.constraint().name());
        if (field.maxLength() > 0) {
            node.put("maxLength", field.maxLength());
        }
        if (!field.example().isEmpty()) {
            node.put("example", field.example());
        }
        if (field.ref() != Registry.NONE) {
            node.put("ref", field.ref().name());
        }
        if (type.isRecord()) {
            node.set("fields", fields((Class<? extends Record>) type, path));
        } else if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
            ArrayNode choices = node.putArray("choices");
            for (Object constant : type.getEnumConstants()) {
                choices.addObject().put("id", ((Coded) constant).code()).put("label", ((Coded) constant).label());
            }
        } else if (owner == Outcome.class && field.value().equals("theme")) {
            // The themes are a list inside retombees.yaml, not a registry fiches refer to.
            ArrayNode choices = node.putArray("choices");
            registries.themes().forEach(t -> choices.addObject().put("id", t.id()).put("label", t.name()));
        }
        return node;
    }

    private static String typeName(Class<?> type) {
        if (type.isRecord()) {
            return "record";
        }
        if (type.isEnum()) {
            return "enum";
        }
        if (type == Integer.class) {
            return "integer";
        }
        if (type == BigDecimal.class) {
            return "amount";
        }
        if (type == Boolean.class) {
            return "boolean";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == String.class) {
            return "text";
        }
        throw new IllegalStateException("no form control for model type " + type);
    }
}
