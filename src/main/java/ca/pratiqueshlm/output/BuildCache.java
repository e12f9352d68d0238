package ca.pratiqueshlm.output;

import ca.pratiqueshlm.content.ResultStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.stream.Stream;

/**
 * Results of pure, costly stages (QR codes, rendered Markdown bodies, pages), kept in memory for the
 * preview's rebuilds and on disk under {@code target/cache/} so a new process on an unchanged project
 * skips them too. A result is kept with its identity (the tool's cache version, its stage and its whole
 * input; for Markdown and pages, the input includes a fingerprint of the rendering code), and read back
 * only when that identity is equal, byte for byte: a different input or tool never sees a stale result.
 * A cache that cannot be read or written only costs the work again.
 * {@code fiches build --sans-cache} and {@code mvn clean} give a build that computes everything.
 *
 * <p>Files are named by two checksums of the identity. Comparing the identity on every read makes a name
 * shared by two inputs cost a recomputation, never a wrong result, so the name need not be a
 * cryptographic digest: the checksums have intrinsics in both JIT compilers, while SHA-256 runs at about
 * 120 MB/s under the launcher's C1 compiler, and a 10,000-fiche build keys hundreds of megabytes of pages.
 */
public final class BuildCache {
    /** Bump when a cached stage's output changes for the same input. */
    static final String VERSION = "fiches-0.1.0/cache-2";
    /** Bytes before an entry's identity: its length. */
    private static final int HEADER = Integer.BYTES;

    private final Path folder;
    /** This process's results, by stage and input. */
    private final Map<String, byte[]> memory;
    private final Naming naming;
    /** The entries this process read or wrote, by stage: what {@link #prune} keeps. */
    private final Map<String, Set<String>> used = new ConcurrentHashMap<>();

    /** The file name of an entry, from the first {@code length} bytes of its identity. */
    @FunctionalInterface
    interface Naming {
        String of(byte[] identity, int length);
    }

    BuildCache(Path folder, Map<String, byte[]> memory, Naming naming) {
        this.folder = folder;
        this.memory = memory;
        this.naming = naming;
    }

    /** No cache: everything is computed, nothing kept. */
    public static BuildCache none() {
        return new BuildCache(null, null, BuildCache::fileName);
    }

    /** A cache in {@code folder} (created on first write), with the results of this process in memory. */
    public static BuildCache at(Path folder) {
        return new BuildCache(folder, new ConcurrentHashMap<>(), BuildCache::fileName);
    }

    /** This cache as the earlier stages see it: {@link ResultStore#NONE} when it keeps nothing. */
    public ResultStore store() {
        return keeps() ? this::getFromDisk : ResultStore.NONE;
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
        String key = stage + '\0' + input;
        byte[] known = memory.get(key);
        if (known != null) {
            return known;
        }
        known = onDisk(stage, input, compute);
        memory.put(key, known);
        return known;
    }

    /**
     * As {@link #get}, without keeping a copy in memory: for results the caller keeps itself (the
     * Markdown renderer remembers its bodies), so a 10,000-fiche build does not hold them twice.
     */
    public byte[] getFromDisk(String stage, String input, Supplier<byte[]> compute) {
        return memory == null ? compute.get() : onDisk(stage, input, compute);
    }

    /**
     * {@code buffer} emptied and started as an identity for {@link #getFromDisk(String, Utf8Buffer, Supplier)},
     * to append the input to: a page's key is written straight after the cache version and stage, and never
     * copied.
     */
    static Utf8Buffer identity(Utf8Buffer buffer, String stage) {
        return buffer.clear().append(VERSION).append('\0').append(stage).append('\0');
    }

    /** As {@link #getFromDisk(String, String, Supplier)}, for an identity made by {@link #identity} and filled. */
    byte[] getFromDisk(String stage, Utf8Buffer identity, Supplier<byte[]> compute) {
        return memory == null ? compute.get() : onDisk(stage, identity.array(), identity.size(), compute);
    }

    private byte[] onDisk(String stage, String input, Supplier<byte[]> compute) {
        byte[] identity = (VERSION + '\0' + stage + '\0' + input).getBytes(StandardCharsets.UTF_8);
        return onDisk(stage, identity, identity.length, compute);
    }

    /** @param identity the cache version, the stage and the whole input, in UTF-8, in its first {@code length} bytes */
    private byte[] onDisk(String stage, byte[] identity, int length, Supplier<byte[]> compute) {
        String name = naming.of(identity, length);
        used.computeIfAbsent(stage, s -> ConcurrentHashMap.newKeySet()).add(name);
        Path file = folder.resolve(stage).resolve(name);
        Optional<byte[]> kept = read(file, identity, length);
        if (kept.isPresent()) {
            return kept.get();
        }
        byte[] made = compute.get();
        store(file, identity, length, made);
        return made;
    }

    /**
     * Deletes, in each stage this process used, the entries it did not use that were kept more than
     * {@code age} ago. Called after a whole build, it leaves that build's entries and those other
     * builds made lately (a build without PDFs keys its fiche pages differently), so the folder does not
     * grow with every edit. A cache that cannot be listed or deleted from is left as it is.
     */
    public void prune(Duration age) {
        if (memory == null) {
            return;
        }
        Instant before = Instant.now().minus(age);
        used.forEach((stage, names) -> {
            try (Stream<Path> entries = Files.list(folder.resolve(stage))) {
                for (Path entry : entries.toList()) {
                    if (!names.contains(entry.getFileName().toString())
                            && Files.getLastModifiedTime(entry).toInstant().isBefore(before)) {
                        Files.deleteIfExists(entry);
                    }
                }
            } catch (IOException e) {
                // Only room is lost.
            }
        });
    }

    /** CRC-32C, CRC-32 and length of the identity, in hexadecimal. */
    static String fileName(byte[] identity, int length) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(identity, 0, length);
        CRC32 ieee = new CRC32();
        ieee.update(identity, 0, length);
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits((int) castagnoli.getValue()) + hex.toHexDigits((int) ieee.getValue())
                + hex.toHexDigits(length);
    }

    /**
     * The result kept in {@code file}, if it was kept for the first {@code length} bytes of {@code identity}.
     * The identity and the result are read into arrays of their own: reading the entry whole and then
     * copying the result out allocated every kept page twice.
     */
    private static Optional<byte[]> read(Path file, byte[] identity, int length) {
        int start = HEADER + length;
        try (SeekableByteChannel channel = Files.newByteChannel(file); InputStream in = Channels.newInputStream(channel)) {
            long size = channel.size();
            if (size < start || size - start > Integer.MAX_VALUE - 16) {
                return Optional.empty();
            }
            byte[] head = in.readNBytes(start);
            if (head.length < start || lengthOf(head) != length
                    || !Arrays.equals(head, HEADER, start, identity, 0, length)) {
                // Another input under the same name, an older format or a torn file: computed again.
                return Optional.empty();
            }
            byte[] result = new byte[(int) (size - start)];
            return in.readNBytes(result, 0, result.length) == result.length ? Optional.of(result) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int lengthOf(byte[] entry) {
        return (entry[0] & 0xFF) << 24 | (entry[1] & 0xFF) << 16 | (entry[2] & 0xFF) << 8 | entry[3] & 0xFF;
    }

    private static void store(Path file, byte[] identity, int length, byte[] result) {
        byte[] entry = new byte[HEADER + length + result.length];
        entry[0] = (byte) (length >>> 24);
        entry[1] = (byte) (length >>> 16);
        entry[2] = (byte) (length >>> 8);
        entry[3] = (byte) length;
        System.arraycopy(identity, 0, entry, HEADER, length);
        System.arraycopy(result, 0, entry, HEADER + length, result.length);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".", ".tmp");
            Files.write(temporary, entry);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // A read-only or full disk: the result is still used, just not kept.
        }
    }
}
