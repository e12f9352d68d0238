package ca.pratiqueshlm.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A fiche's article goes into the selection scripts as a JSON string written from its UTF-8 bytes: a
 * reader's printed selection must show the same text, whatever quotes, backslashes, line breaks or
 * accents it holds.
 */
class JsonStringTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String written(String text, int skipBefore, int skipAfter) {
        byte[] utf8 = ("«" + text + "»").getBytes(StandardCharsets.UTF_8);
        // The article is a slice of the page's bytes: the guillemets around it are left out. The bytes
        // around the slice in the target must stay as they were.
        int length = JsonString.length(utf8, skipBefore, utf8.length - skipAfter);
        byte[] out = new byte[length + 2];
        out[0] = 'x';
        out[length + 1] = 'y';
        int end = JsonString.write(utf8, skipBefore, utf8.length - skipAfter, out, 1);
        assertEquals(length + 1, end, "written where its length says");
        assertEquals('x', out[0]);
        assertEquals('y', out[length + 1]);
        return new String(out, 1, length, StandardCharsets.UTF_8);
    }

    @Test
    void readsBackAsTheSameTextAndIsWhatJacksonWrites() throws Exception {
        String article = "<article class=\"fiche\">\n\t<p>L’office « Place de la Rive » — 1 \\ 2\r\nœuvre"
                + "\u0001\u001f\u007f\b\f é\u2028😀</p></article>";
        String json = written(article, 2, 2);
        assertEquals(JSON.writeValueAsString(article), json);
        assertEquals(article, JSON.readValue(json, String.class));
    }

    @Test
    void anEmptyOrPlainSliceIsQuotedAsItIs() throws Exception {
        assertEquals("\"\"", written("", 2, 2));
        assertEquals("\"multiboulot\"", written("multiboulot", 2, 2));
    }
}
