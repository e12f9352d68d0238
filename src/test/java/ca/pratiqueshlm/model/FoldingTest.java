package ca.pratiqueshlm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Folding by table must give what the normalizer gives, for any text: slugs, the duplicate-title check and
 * the search index depend on every part of the build folding alike.
 */
class FoldingTest {
    /** Letters an editor may type, and a few that only the normalizer handles (marks, Greek, Hangul). */
    private static final String ALPHABET = "aAeéÉèêëÈÊËàâÀÂîïÎÏôÔöùûüÙÛÜçÇœŒæÆÿŸñÑ İıßøØåÅ"
            + "0123456789 '’-–—.,;:!?«»()/\u00A0\u202F\u0301\u0327ΣσςΑ한ﬁ\uD835\uDC00";

    @Test
    void foldsFrenchAsTheReadersSeeIt() {
        assertEquals("oeuvre aines", Folding.fold("Œuvre Aînés"));
        assertEquals("l entr amis longueuil", Folding.words("L'Entr'amis (Longueuil)"));
        assertEquals("", Folding.words(" — "));
    }

    @Test
    void foldsEveryCharacterOfTheTableAsTheNormalizer() {
        for (char c = 0; c < 0x250; c++) {
            String text = "A" + c + "é" + c;
            assertEquals(Folding.foldByNormalizer(text), Folding.fold(text), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void foldsRandomTextAsTheNormalizer() {
        Random random = new Random(2014);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = text.toString();
            assertEquals(Folding.foldByNormalizer(s), Folding.fold(s), s);
            assertEquals(Folding.foldByNormalizer(s).replaceAll("[^a-z0-9]+", " ").strip(), Folding.words(s), s);
        }
    }
}
