package ca.pratiqueshlm.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCacheTest {
    private final AtomicInteger computed = new AtomicInteger();

    /** A cache that files every input under {@code name}, as if all their names collided. */
    private static BuildCache namingAll(Path folder, String name) {
        return new BuildCache(folder, new ConcurrentHashMap<>(), (identity, length) -> name);
    }

    private Supplier<byte[]> work(String result) {
        return () -> {
            computed.incrementAndGet();
            return result.getBytes(StandardCharsets.UTF_8);
        };
    }

    @Test
    void aNewProcessReadsWhatAnEarlierOneComputed(@TempDir Path folder) {
        BuildCache first = BuildCache.at(folder.resolve("cache"));
        assertArrayEquals("code A".getBytes(StandardCharsets.UTF_8), first.get("qr", "https://a", work("code A")));
        first.get("qr", "https://a", work("code A"));
        assertEquals(1, computed.get(), "remembered within the process");

        BuildCache later = BuildCache.at(folder.resolve("cache"));
        assertArrayEquals("code A".getBytes(StandardCharsets.UTF_8), later.get("qr", "https://a", work("autre")));
        assertEquals(1, computed.get(), "read from disk by a new cache on the same folder");

        later.get("qr", "https://b", work("code B"));
        later.get("pdf", "https://a", work("pdf A"));
        assertEquals(3, computed.get(), "another input or another stage is computed");
    }

    @Test
    void withoutCacheEverythingIsComputed(@TempDir Path folder) {
        BuildCache none = BuildCache.none();
        none.get("qr", "https://a", work("code A"));
        none.get("qr", "https://a", work("code A"));
        assertEquals(2, computed.get());
    }

    @Test
    void anUnwritableCacheFolderOnlyCostsTheWork(@TempDir Path folder) throws Exception {
        Path blocked = Files.writeString(folder.resolve("fichier"), "pas un dossier");
        BuildCache cache = BuildCache.at(blocked.resolve("cache"));
        assertArrayEquals("code A".getBytes(StandardCharsets.UTF_8), cache.get("qr", "https://a", work("code A")));
        assertEquals(1, computed.get());
    }

    @Test
    void inputsFiledUnderTheSameNameNeverReadEachOthersResult(@TempDir Path folder) {
        Path cache = folder.resolve("cache");
        BuildCache first = namingAll(cache, "meme-nom");
        first.get("qr", "https://a", work("code A"));
        first.get("qr", "https://b", work("code B"));

        BuildCache later = namingAll(cache, "meme-nom");
        assertArrayEquals("code A".getBytes(StandardCharsets.UTF_8), later.get("qr", "https://a", work("code A")),
                "the file holds B's result: A's is computed again, not read");
        assertEquals(3, computed.get());
        assertArrayEquals("code A".getBytes(StandardCharsets.UTF_8),
                namingAll(cache, "meme-nom")
                        .get("qr", "https://a", work("autre")), "A's result, stored again, is read back");
        assertEquals(3, computed.get());
    }

    @Test
    void longInputsDifferingOnlyNearTheEndNeverReadEachOthersResult(@TempDir Path folder) {
        // A page's identity runs to hundreds of kilobytes, compared piece by piece: the difference is
        // past the first pieces.
        String common = "« Été » ’".repeat(30_000);
        Path cache = folder.resolve("cache");
        namingAll(cache, "meme-nom").get("pages", common + "A", work("page A"));
        namingAll(cache, "meme-nom").get("pages", common + "B", work("page B"));
        assertArrayEquals("page A".getBytes(StandardCharsets.UTF_8),
                namingAll(cache, "meme-nom").get("pages", common + "A", work("page A")));
        assertEquals(3, computed.get(), "B's entry was not taken for A's");
        assertArrayEquals("page A".getBytes(StandardCharsets.UTF_8),
                namingAll(cache, "meme-nom").get("pages", common + "A", work("autre")));
        assertEquals(3, computed.get(), "A's entry, stored again, is read back");
    }

    @Test
    void aTornOrForeignFileIsComputedAgain(@TempDir Path folder) throws Exception {
        Path cache = folder.resolve("cache");
        Files.createDirectories(cache.resolve("qr"));
        for (byte[] damaged : new byte[][] {{}, {0, 0}, {0, 0, 0, 99, 1, 2}, "code A sans identité".getBytes(StandardCharsets.UTF_8)}) {
            Files.write(cache.resolve("qr").resolve("nom"), damaged);
            BuildCache damagedCache = namingAll(cache, "nom");
            assertArrayEquals("code A".getBytes(StandardCharsets.UTF_8), damagedCache.get("qr", "https://a", work("code A")));
        }
        assertEquals(4, computed.get());
    }

    @Test
    void fileNamesTellInputsApart() {
        assertEquals(24, name("a").length());
        assertEquals(name("page A"), name("page A"));
        assertNotEquals(name("page A"), name("page B"));
        // Only the identity's first bytes count: an identity built in a larger buffer names the same entry.
        byte[] inBuffer = "page A and what follows in the buffer".getBytes(StandardCharsets.UTF_8);
        assertEquals(name("page A"), BuildCache.fileName(inBuffer, "page A".length()));
    }

    private static String name(String identity) {
        byte[] bytes = identity.getBytes(StandardCharsets.UTF_8);
        return BuildCache.fileName(bytes, bytes.length);
    }

    @Test
    void aBuildDeletesTheEntriesItDidNotUseOnceTheyAreOld(@TempDir Path folder) throws Exception {
        Path cache = folder.resolve("cache");
        BuildCache earlier = BuildCache.at(cache);
        earlier.get("pages", "page A", work("A"));
        earlier.get("pages", "page B", work("B"));
        earlier.get("qr", "https://b", work("qr B"));
        FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
        try (var entries = Files.list(cache.resolve("pages"))) {
            for (Path entry : entries.toList()) {
                Files.setLastModifiedTime(entry, twoDaysAgo);
            }
        }
        BuildCache lately = BuildCache.at(cache);
        lately.get("pages", "page C", work("C"));

        BuildCache build = BuildCache.at(cache);
        build.get("pages", "page A", work("autre"));
        build.prune(Duration.ofDays(1));

        try (var entries = Files.list(cache.resolve("pages"))) {
            assertEquals(2, entries.count(), "A, used by this build, and C, kept lately, stay; B goes");
        }
        try (var entries = Files.list(cache.resolve("qr"))) {
            assertEquals(1, entries.count(), "a stage this build did not use is left alone");
        }
        BuildCache next = BuildCache.at(cache);
        next.get("pages", "page A", work("autre"));
        next.get("pages", "page C", work("autre"));
        assertEquals(4, computed.get(), "A and C are read back");
        next.get("pages", "page B", work("B"));
        assertEquals(5, computed.get(), "B is computed again");
    }
}
