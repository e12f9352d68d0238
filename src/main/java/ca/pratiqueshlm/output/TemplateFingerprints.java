package ca.pratiqueshlm.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private final Map<String, String> texts;
    private final Map<String, String> fingerprints = new HashMap<>();

    private TemplateFingerprints(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** Reads every file below {@code templates}, by its name relative to that folder. */
    public static TemplateFingerprints of(Path templates) throws IOException {
        Map<String, String> texts = new HashMap<>();
        if (Files.isDirectory(templates)) {
            try (Stream<Path> files = Files.walk(templates)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    texts.put(templates.relativize(file).toString().replace('\\', '/'), Files.readString(file));
                }
            }
        }
        return new TemplateFingerprints(texts);
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
            return Digests.sha256(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
