package ca.pratiqueshlm.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Results of pure, costly stages (QR codes, rendered Markdown bodies), kept in memory for the
 * preview's rebuilds and on disk under {@code target/cache/} so a new process on an unchanged project
 * skips them too. Each result is filed under the SHA-256 of its stage, the tool's cache version and its
 * input (for Markdown, the input includes a fingerprint of the renderer's code and libraries): a
 * different input or tool never sees a stale result. A cache that cannot be read or written only costs the work again.
 * {@code fiches build --sans-cache} and {@code mvn clean} give a build that computes everything.
 */
public final class BuildCache {
    /** Bump when a cached stage's output changes for the same input. */
    static final String VERSION = "fiches-0.1.0/cache-1";

    private final Path folder;
    private final Map<String, byte[]> memory;

    private BuildCache(Path folder, Map<String, byte[]> memory) {
        this.folder = folder;
        this.memory = memory;
    }

    /** No cache: everything is computed, nothing kept. */
    public static BuildCache none() {
        return new BuildCache(null, null);
    }

    /** A cache in {@code folder} (created on first write), with the results of this process in memory. */
    public static BuildCache at(Path folder) {
        return new BuildCache(folder, new ConcurrentHashMap<>());
    }

    /** Whether results are kept at all ({@link #none()}: no). */
    public boolean keeps() {
        return memory != null;
    }

    /** The result of {@code stage} for {@code input}: remembered, read from disk, or computed and kept. */
    public byte[] get(String stage, String input, Supplier<byte[]> compute) {
        if (memory == null) {
            return compute.get();
        }
        String key = key(stage, input);
        byte[] known = memory.get(key);
        if (known != null) {
            return known;
        }
        known = onDisk(stage, key, compute);
        memory.put(key, known);
        return known;
    }

    /**
     * As {@link #get}, without keeping a copy in memory: for results the caller keeps itself (the
     * Markdown renderer remembers its bodies), so a 10,000-fiche build does not hold them twice.
     */
    public byte[] getFromDisk(String stage, String input, Supplier<byte[]> compute) {
        return memory == null ? compute.get() : onDisk(stage, key(stage, input), compute);
    }

    private static String key(String stage, String input) {
        return Digests.sha256((VERSION + '\0' + stage + '\0' + input).getBytes(StandardCharsets.UTF_8));
    }

    private byte[] onDisk(String stage, String key, Supplier<byte[]> compute) {
        Path file = folder.resolve(stage).resolve(key);
        byte[] known;
        try {
            known = Files.readAllBytes(file);
        } catch (IOException e) {
            known = compute.get();
            store(file, known);
        }
        return known;
    }

    private static void store(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".", ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // A read-only or full disk: the result is still used, just not kept.
        }
    }
}
