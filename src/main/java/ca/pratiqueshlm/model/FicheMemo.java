package ca.pratiqueshlm.model;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Values computed from one fiche, kept for as long as that same fiche object is in use. The preview
 * keeps the fiche objects of unchanged files between builds, and reuses one only while its file, the
 * registries, the site settings and the list of fiches are unchanged (validation.LoadedFiles); so a
 * value computed from those alone can be kept by the fiche's identity, and an edit recomputes it for
 * the edited fiche only. Identity, not equality: a fiche's hash code walks the whole record.
 * Thread-safe; a value may be computed twice by racing threads, and both are equal.
 */
public final class FicheMemo<T> {
    private final Map<Fiche, T> values = new IdentityHashMap<>();
    private final boolean keeps;

    /** A memo that keeps every value, for the preview's builds. */
    public FicheMemo() {
        this(true);
    }

    private FicheMemo(boolean keeps) {
        this.keeps = keeps;
    }

    /**
     * A memo that keeps nothing: for a one-off build, which asks for most of these values once. Keeping
     * them all until the build ends held a few hundred megabytes at 10,000 fiches, which the collector
     * copied from one generation to the next.
     */
    public static <T> FicheMemo<T> none() {
        return new FicheMemo<>(false);
    }

    /** The value kept for {@code fiche}, or {@code compute}'s, then kept. */
    public T of(Fiche fiche, Function<Fiche, T> compute) {
        if (!keeps) {
            return compute.apply(fiche);
        }
        synchronized (values) {
            T known = values.get(fiche);
            if (known != null) {
                return known;
            }
        }
        T value = compute.apply(fiche);
        synchronized (values) {
            T raced = values.putIfAbsent(fiche, value);
            return raced == null ? value : raced;
        }
    }

    /** Forgets the fiches no longer in the site, so an edited fiche's old values do not pile up. */
    public void keepOnly(Collection<Fiche> fiches) {
        Set<Fiche> kept = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(fiches);
        synchronized (values) {
            values.keySet().retainAll(kept);
        }
    }
}
