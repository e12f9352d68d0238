package ca.pratiqueshlm.output;

import ca.pratiqueshlm.content.Digests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What each template's output depends on: its own text and, transitively, the templates it includes or
 * imports. Two pages rendered from equal models with the same fingerprint are byte-identical, so a
 * template edit re-renders exactly the pages that use it.
 */
public final class TemplateFingerprints {
    private static final Pattern INCLUDE = Pattern.compile("<#(?:include|import)\\s+\"/?([^\"]+)\"");

    /**
     * A file as seen without reading it. A stamp taken within {@link #SETTLED_MILLIS} of the file's time
     * vouches for nothing: the file may change again without its time or size changing (Git's "racily
     * clean" rule, as in the preview's fiche memory).
     */
    private record Stamp(FileTime modified, long size) {}

    private static final long SETTLED_MILLIS = 2_000;

    private final Map<String, String> texts;
    private final Map<String, Stamp> stamps;
    private final boolean settled;
    private final Map<String, String> fingerprints = new HashMap<>();

    private TemplateFingerprints(Map<String, String> texts, Map<String, Stamp> stamps, boolean settled) {
        this.texts = Map.copyOf(texts);
        this.stamps = Map.copyOf(stamps);
        this.settled = settled;
    }

    /** Reads every file below {@code templates}, by its name relative to that folder. */
    public static TemplateFingerprints of(Path templates) throws IOException {
        return of(templates, null);
    }

    /**
     * As {@link #of(Path)}, but gives back {@code previous} itself, its fingerprints included, when no
     * template was added, removed or changed since it was read: the preview asks on every save, and
     * reading and hashing every template then was a tenth of a rebuild of the real site.
     */
    public static TemplateFingerprints of(Path templates, TemplateFingerprints previous) throws IOException {
        long now = System.currentTimeMillis();
        Map<String, Path> files = new HashMap<>();
        Map<String, Stamp> stamps = new HashMap<>();
        boolean settled = true;
        if (Files.isDirectory(templates)) {
            try (Stream<Path> walk = Files.walk(templates)) {
                for (Path file : walk.toList()) {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        String name = templates.relativize(file).toString().replace('\\', '/');
                        files.put(name, file);
                        stamps.put(name, new Stamp(attributes.lastModifiedTime(), attributes.size()));
                        settled &= now - attributes.lastModifiedTime().toMillis() > SETTLED_MILLIS;
                    }
                }
            }
        }
        if (previous != null && previous.settled && previous.stamps.equals(stamps)) {
            return previous;
        }
        Map<String, String> texts = new HashMap<>();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            texts.put(file.getKey(), Files.readString(file.getValue()));
        }
        return new TemplateFingerprints(texts, stamps, settled);
    }

    /** Whether the template files are the same as {@code other}'s, so a template engine may be kept. */
    public boolean sameFiles(TemplateFingerprints other) {
        return other != null && texts.equals(other.texts);
    }

    /** The template's text and those of everything it pulls in, in a stable order. */
    public synchronized String of(String template) {
        return fingerprints.computeIfAbsent(template, name -> {
            StringBuilder all = new StringBuilder();
            collect(name, new HashSet<>(), all);
            return Digests.checksum(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
    }

    private void collect(String name, Set<String> seen, StringBuilder all) {
        if (!seen.add(name)) {
            return;
        }
        String text = texts.getOrDefault(name, "");
        all.append(name).append('\0').append(text).append('\0');
        Matcher include = INCLUDE.matcher(text);
        while (include.find()) {
            collect(include.group(1), seen, all);
        }
    }
}
