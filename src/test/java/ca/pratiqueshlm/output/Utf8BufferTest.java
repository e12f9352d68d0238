package ca.pratiqueshlm.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A page's cache identity is its text in UTF-8, encoded straight into the buffer: it must be the bytes
 * the JDK's encoder gives, whatever the text holds, or a kept page would be missed (or, worse, two texts
 * could share an identity).
 */
class Utf8BufferTest {
    private static final String[] TEXTS = {
        "", "multiboulot", "Été à l'OMH de Québec", "L’office « Place de la Rive » — 1 \\ 2", "œuvre",
        "emoji 😀 et 𝔸", "\u0000\u007f\u0080\u07ff\u0800\uffff", "seule \ud83d", "\ude00 seule", "fin \ud83d\ud83d",
        "x".repeat(40_000) + "é",
    };

    @Test
    void writesWhatTheJdkEncoderWrites() {
        for (String text : TEXTS) {
            Utf8Buffer buffer = new Utf8Buffer(4).append(text);
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Arrays.copyOf(buffer.array(), buffer.size()),
                    () -> "pour « " + text.substring(0, Math.min(text.length(), 40)) + " »");
        }
    }

    @Test
    void aClearedBufferStartsAgainAndGrowsAsNeeded() {
        Utf8Buffer buffer = new Utf8Buffer(8);
        StringBuilder all = new StringBuilder();
        for (String text : TEXTS) {
            buffer.append(text).append('|');
            all.append(text).append('|');
        }
        assertArrayEquals(all.toString().getBytes(StandardCharsets.UTF_8), Arrays.copyOf(buffer.array(), buffer.size()));
        buffer.clear().append("après");
        assertArrayEquals("après".getBytes(StandardCharsets.UTF_8), Arrays.copyOf(buffer.array(), buffer.size()));
    }
}
