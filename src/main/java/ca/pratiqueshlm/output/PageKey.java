package ca.pratiqueshlm.output;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A page record written out whole, every value tagged with its type and every text with its length, so
 * two records with the same key hold the same values: the input of a kept rendering
 * ({@link CachedPages}). A value of a type it does not know (an object whose text might not show all
 * of its state) gives no key, and the page is simply rendered.
 */
final class PageKey {
    private final Map<Class<?>, Method[]> accessors = new ConcurrentHashMap<>();

    /** Appends the key of {@code page} to {@code out}; false when the page holds a value of another kind. */
    boolean append(Utf8Buffer out, Record page) {
        return append(out, (Object) page);
    }

    private boolean append(Utf8Buffer out, Object value) {
        if (value == null) {
            out.append('~');
        } else if (value instanceof String text) {
            out.append('"').append(text.length()).append(':').append(text);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean
                || value instanceof BigDecimal || value instanceof Double || value instanceof LocalDate) {
            out.append('#').append(value.getClass().getSimpleName()).append(':').append(value.toString()).append(';');
        } else if (value instanceof Enum<?> constant) {
            out.append('E').append(constant.getDeclaringClass().getName()).append('.').append(constant.name()).append(';');
        } else if (value instanceof Record record) {
            out.append('R').append(record.getClass().getName()).append('{');
            for (Method accessor : accessors(record.getClass())) {
                if (!append(out, read(accessor, record))) {
                    return false;
                }
            }
            out.append('}');
        } else if (value instanceof Collection<?> items && (value instanceof java.util.List<?> || value instanceof java.util.SortedSet<?>)) {
            out.append('[').append(items.size()).append(':');
            for (Object item : items) {
                if (!append(out, item)) {
                    return false;
                }
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map && (map.isEmpty() || value instanceof java.util.SortedMap<?, ?>
                || value instanceof java.util.LinkedHashMap<?, ?>)) {
            // Only maps whose order is their content's (an empty one has a single order, Map.of() too): a
            // template iterates them in that order.
            out.append('{').append(map.size()).append(':');
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!append(out, entry.getKey()) || !append(out, entry.getValue())) {
                    return false;
                }
            }
            out.append('}');
        } else {
            return false;
        }
        return true;
    }

    private Method[] accessors(Class<?> type) {
        return accessors.computeIfAbsent(type, t -> {
            RecordComponent[] components = t.getRecordComponents();
            Method[] methods = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                methods[i] = components[i].getAccessor();
                methods[i].setAccessible(true); // nested records of other packages need not be public
            }
            return methods;
        });
    }

    private static Object read(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(accessor + ": " + e.getMessage(), e);
        }
    }
}
