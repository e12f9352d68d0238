package ca.pratiqueshlm.validation;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.model.Registry;
import ca.pratiqueshlm.model.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The preview's memory of the fiche and page files it has read and checked: a file whose modification time and
 * size are unchanged gives back the same outcome, the same {@link Fiche} object included, without being
 * read again, as long as what a file is checked against (registries, site settings, the list of fiches)
 * is unchanged too; when that changes, everything is forgotten. The settings and registries are read
 * again only when one of their files changed. Downstream stages rely on this to keep
 * values by fiche identity ({@link ca.pratiqueshlm.model.FicheMemo}). The command-line build uses
 * {@link #none()}: every file read once.
 */
public final class LoadedFiles {
    /**
     * What is known of a file on disk without reading it, and when that was looked at. A file changed
     * again within the file system's time resolution (a jiffy, or seconds on FAT) can keep its time and
     * size; so a stamp taken less than {@link #SETTLED_MILLIS} after the file's time vouches for nothing,
     * and the file is read again (as Git does with "racily clean" files).
     */
    private record Stamp(FileTime modified, long size, Object key, long lookedAtMillis) {
        boolean sameFile(Stamp other) {
            return modified.equals(other.modified) && size == other.size && java.util.Objects.equals(key, other.key)
                    && lookedAtMillis - modified.toMillis() > SETTLED_MILLIS;
        }
    }

    private static final long SETTLED_MILLIS = 2_000;

    /** Everything a fiche's outcome depends on besides its own file. */
    record Context(Optional<SiteConfig> config, Registries registries, Map<Registry, List<String>> knownIds,
            List<String> slugs) {}

    /** A file's outcome: the fiche or page, or the problems that kept it out. */
    record Outcome<T>(Optional<T> document, List<Diagnostic> problems) {}

    /** A file's stamp and outcome; a path is always read as the same kind of document. */
    private record Entry(Stamp stamp, Outcome<?> outcome) {}

    /** The site settings and registries, with the problems found reading them. */
    record Settings(Optional<SiteConfig> config, Registries registries, List<Diagnostic> problems) {}

    private final boolean remembers;
    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private Context context;
    private Map<Path, Optional<Stamp>> settingsStamps;
    private Settings settings;

    private LoadedFiles(boolean remembers) {
        this.remembers = remembers;
    }

    /** A memory for a session of builds (the preview). */
    public static LoadedFiles remembering() {
        return new LoadedFiles(true);
    }

    /** No memory: every file is read (one build). */
    public static LoadedFiles none() {
        return new LoadedFiles(false);
    }

    /**
     * The settings and registries: those of the previous load if none of {@code files} (site.yaml and
     * the registry folder's files) was added, removed or changed since, else {@code load}'s.
     */
    synchronized Settings settings(List<Path> files, Supplier<Settings> load) {
        if (!remembers) {
            return load.get();
        }
        Map<Path, Optional<Stamp>> stamps = new java.util.LinkedHashMap<>();
        files.forEach(file -> stamps.put(file, stamp(file)));
        if (settings == null || !sameFiles(stamps, settingsStamps)) {
            settings = load.get();
            settingsStamps = stamps;
        }
        return settings;
    }

    /** Starts a load: forgets everything if the context changed, and the files no longer in {@code files}. */
    synchronized void start(Context current, Collection<Path> files) {
        if (!current.equals(context)) {
            entries.clear();
            context = current;
        }
        entries.keySet().retainAll(new HashSet<>(files));
    }

    /** The outcome of {@code file}: remembered if its stamp is unchanged, else from {@code load}. */
    @SuppressWarnings("unchecked") // a path is read as one kind of document: fiches and pages are apart
    <T> Outcome<T> outcome(Path file, Supplier<Outcome<T>> load) {
        if (!remembers) {
            return load.get();
        }
        // Stamped before reading: a write racing the read leaves an older stamp, so the next load reads again.
        Optional<Stamp> stamp = stamp(file);
        Entry known = entries.get(file);
        if (stamp.isPresent() && known != null && known.stamp().sameFile(stamp.get())) {
            return (Outcome<T>) known.outcome();
        }
        Outcome<T> outcome = load.get();
        stamp.ifPresentOrElse(s -> entries.put(file, new Entry(s, outcome)), () -> entries.remove(file));
        return outcome;
    }

    /** Forgets one file, so the next load reads it again (the preview's rehearsal of a save). */
    public void forget(Path file) {
        entries.remove(file);
    }

    private static boolean sameFiles(Map<Path, Optional<Stamp>> now, Map<Path, Optional<Stamp>> before) {
        if (!now.keySet().equals(before.keySet())) {
            return false;
        }
        for (Map.Entry<Path, Optional<Stamp>> file : now.entrySet()) {
            Optional<Stamp> old = before.get(file.getKey());
            boolean same = file.getValue().isEmpty() ? old.isEmpty()
                    : old.isPresent() && old.get().sameFile(file.getValue().get());
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Stamp> stamp(Path file) {
        try {
            long now = System.currentTimeMillis();
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(new Stamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey(), now));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
