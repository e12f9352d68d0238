package ca.pratiqueshlm.model;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * The components of a record class, looked up once per class. {@link Class#getRecordComponents()}
 * returns fresh objects on every call, so their annotations and generic types were parsed again for
 * every fiche bound and every view rendered: a visible share of a build's time.
 */
public final class RecordComponents {
    /** Derived from the class itself, never changed: a cache, not shared mutable state. */
    private static final ClassValue<List<RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            return components == null ? List.of() : List.of(components);
        }
    };

    private RecordComponents() {}

    public static List<RecordComponent> of(Class<?> type) {
        return COMPONENTS.get(type);
    }
}
