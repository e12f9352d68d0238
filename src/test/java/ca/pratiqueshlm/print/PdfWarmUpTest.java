package ca.pratiqueshlm.print;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

class PdfWarmUpTest {
    /** The launcher swallows a failed warm-up (the archive is only a cache): this is where one shows. */
    @Test
    void layoutNumberingAndAssemblyOfTheTrainingRunSucceed() {
        assertDoesNotThrow(PdfWarmUp::run);
    }
}
