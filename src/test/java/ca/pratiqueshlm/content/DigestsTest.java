package ca.pratiqueshlm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fingerprints in the build cache's keys tell apart what differs, and only that. */
class DigestsTest {
    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sameBytesSameChecksumWhateverTheirSplit() {
        String template = "<#include \"base.ftl\">\n<h1>${page.title}</h1>\n";
        String whole = Digests.checksum(utf8(template));
        assertEquals(whole, Digests.checksum(utf8(template)));
        assertEquals(whole, new Digests.Checksum().update(utf8(template.substring(0, 9)))
                .update(utf8(template.substring(9))).hex());
        assertEquals(32, whole.length(), "two 32-bit checksums and the 64-bit length, in hexadecimal");
    }

    @Test
    void anyEditChangesIt() {
        String template = "<h1>${page.title}</h1>";
        String before = Digests.checksum(utf8(template));
        assertNotEquals(before, Digests.checksum(utf8(template.replace("h1", "h2"))));
        assertNotEquals(before, Digests.checksum(utf8(template + " ")));
        assertNotEquals(before, Digests.checksum(utf8("<h1>${page.titre}</h1>")));
        // Zero bytes change neither CRC from a zero state; the length tells them apart.
        assertNotEquals(Digests.checksum(new byte[0]), Digests.checksum(new byte[3]));
    }
}
