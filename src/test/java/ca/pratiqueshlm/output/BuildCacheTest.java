package ca.pratiqueshlm.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCacheTest {
    private final AtomicInteger computed = new AtomicInteger();

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
}
