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
 * The preview's memory of the fiche files it has read and checked: a file whose modification time and
 * size are unchanged gives back the same outcome, the same {@link Fiche} object included, without being
 * read again, as long as what a fiche is checked against (registries, site settings, the list of fiches)
 * is unchanged too; when that changes, everything is forgotten. Downstream stages rely on this to keep
 * values by fiche identity ({@link ca.pratiqueshlm.model.FicheMemo}). The command-line build uses
 * {@link #none()}: every file read once.
 */
public final class LoadedFiles {
    /** What is known of a fiche file on disk without reading it. */
    private record Stamp(FileTime modified, long size, Object key) {}

    /** Everything a fiche's outcome depends on besides its own file. */
    record Context(Optional<SiteConfig> config, Registries registries, Map<Registry, List<String>> knownIds,
            List<String> slugs) {}

    /** A file's outcome: the fiche, or the problems that kept it out. */
    record Outcome(Optional<Fiche> fiche, List<Diagnostic> problems) {}

    private record Entry(Stamp stamp, Outcome outcome) {}

    private final boolean remembers;
    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private Context context;

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

    /** Starts a load: forgets everything if the context changed, and the files no longer in {@code files}. */
    synchronized void start(Context current, Collection<Path> files) {
        if (!current.equals(context)) {
            entries.clear();
            context = current;
        }
        entries.keySet().retainAll(new HashSet<>(files));
    }

    /** The outcome of {@code file}: remembered if its stamp is unchanged, else from {@code load}. */
    Outcome outcome(Path file, Supplier<Outcome> load) {
        if (!remembers) {
            return load.get();
        }
        // Stamped before reading: a write racing the read leaves an older stamp, so the next load reads again.
        Optional<Stamp> stamp = stamp(file);
        Entry known = entries.get(file);
        if (stamp.isPresent() && known != null && known.stamp().equals(stamp.get())) {
            return known.outcome();
        }
        Outcome outcome = load.get();
        stamp.ifPresentOrElse(s -> entries.put(file, new Entry(s, outcome)), () -> entries.remove(file));
        return outcome;
    }

    private static Optional<Stamp> stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(new Stamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
