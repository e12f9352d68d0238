package ca.pratiqueshlm.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which page records get a cache key: a page without one is rendered on every build. */
class PageKeyTest {
    record Page(String title, Map<String, Integer> pages) {}

    @Test
    void anEmptyMapOfAnyKindHasAKeyTheSameAsAnOrderedOne() {
        byte[] unordered = key(new Page("Livret", Map.of()));
        byte[] ordered = key(new Page("Livret", new LinkedHashMap<>()));
        assertTrue(unordered != null && ordered != null);
        assertArrayEquals(ordered, unordered);
    }

    @Test
    void aMapWhoseOrderIsNotItsContentsHasNoKey() {
        Map<String, Integer> pages = new HashMap<>(Map.of("fiche-a", 3, "fiche-b", 5));
        assertFalse(new PageKey().append(new Utf8Buffer(64), new Page("Livret", pages)));
    }

    private static byte[] key(Page page) {
        Utf8Buffer out = new Utf8Buffer(64);
        return new PageKey().append(out, page) ? Arrays.copyOf(out.array(), out.size()) : null;
    }
}
