package ca.pratiqueshlm.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The hand-written tests that replaced two regular expressions on every value a build reads. */
class TextChecksTest {
    @Test
    void curlyQuotesAroundAValueAreCaught() {
        for (String wrapped : new String[] {"“Place de la Rive”", "“Place de la Rive", "Place de la Rive”",
                "‘Multiboulot", "”", "“"}) {
            assertTrue(ValueReader.curlyWrapped(wrapped), wrapped);
        }
    }

    @Test
    void frenchPunctuationInsideOrAroundAValueIsNot() {
        for (String plain : new String[] {"Place de la Rive", "« Place de la Rive »", "l’été des locataires",
                "le “comité” des aînés", "les locataires’", "\"citation\"", "x"}) {
            assertFalse(ValueReader.curlyWrapped(plain), plain);
        }
    }

    @Test
    void aListEntryAloneIsAnIndexInBrackets() {
        assertTrue(RecordBinder.isEntryIndex("[2]"));
        assertTrue(RecordBinder.isEntryIndex("[12]"));
        for (String path : new String[] {"", "[]", "[a]", "[2", "2]", "x[2]", "[2].nom", "[2][3]", "fiches"}) {
            assertFalse(RecordBinder.isEntryIndex(path), path);
        }
    }
}
