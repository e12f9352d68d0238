package ca.pratiqueshlm.opendata;

import ca.pratiqueshlm.model.Coded;
import ca.pratiqueshlm.model.Field;
import ca.pratiqueshlm.model.RecordComponents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Turns a model record into a JSON tree keyed by its French YAML names ({@link Field#value()}), in
 * declaration order. Reading the annotations means every field the format gains is exported without
 * touching this class; absent values are written as null so every object has the same keys.
 */
final class RecordTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RecordTree() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** The {@link Field} components of {@code record}; components without one are left out. */
    static ObjectNode of(Record record) {
        ObjectNode node = NODES.objectNode();
        // Components looked up once per class: the JDK parses their annotations again on every lookup.
        for (RecordComponent component : RecordComponents.of(record.getClass())) {
            Field field = component.getAnnotation(Field.class);
            if (field != null) {
                node.set(field.value(), value(read(record, component)));
            }
        }
        return node;
    }

    static JsonNode value(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Record record) {
            return of(record);
        }
        if (value instanceof Collection<?> items) {
            ArrayNode array = NODES.arrayNode();
            items.forEach(item -> array.add(value(item)));
            return array;
        }
        if (value instanceof Coded coded) {
            return NODES.textNode(coded.code());
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof BigDecimal number) {
            return NODES.numberNode(number);
        }
        if (value instanceof LocalDate date) {
            return NODES.textNode(date.toString());
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        throw new IllegalArgumentException("type non exportable : " + value.getClass().getName());
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
