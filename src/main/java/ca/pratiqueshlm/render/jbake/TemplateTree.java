package ca.pratiqueshlm.render.jbake;

import ca.pratiqueshlm.model.RecordComponents;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns view records into maps and lists. JBake configures Freemarker with its oldest compatibility
 * level, whose object wrapper does not expose record components as properties; maps it does.
 */
final class TemplateTree {
    private TemplateTree() {}

    static Object of(Object value) {
        if (value instanceof Record record) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (RecordComponent component : RecordComponents.of(record.getClass())) {
                try {
                    Object componentValue = component.getAccessor().invoke(record);
                    if (componentValue != null) {
                        map.put(component.getName(), of(componentValue));
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
            return map;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> list = new ArrayList<>(collection.size());
            for (Object item : collection) {
                list.add(of(item));
            }
            return list;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), of(v)));
            return copy;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }
}
