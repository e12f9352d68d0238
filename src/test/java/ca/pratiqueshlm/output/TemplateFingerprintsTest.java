package ca.pratiqueshlm.output;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateFingerprintsTest {
    @TempDir
    Path templates;

    @Test
    void aFolderUnchangedSinceItWasReadIsNotReadAgain() throws IOException {
        write("fiche.ftl", "<#include \"base.ftl\">fiche", Instant.now().minusSeconds(60));
        write("base.ftl", "base", Instant.now().minusSeconds(60));
        TemplateFingerprints first = TemplateFingerprints.of(templates, null);

        assertSame(first, TemplateFingerprints.of(templates, first));
    }

    @Test
    void anIncludedTemplateEditedChangesTheFingerprintOfTheTemplatesThatUseIt() throws IOException {
        write("fiche.ftl", "<#include \"base.ftl\">fiche", Instant.now().minusSeconds(60));
        write("base.ftl", "base", Instant.now().minusSeconds(60));
        TemplateFingerprints first = TemplateFingerprints.of(templates, null);
        String before = first.of("fiche.ftl");

        write("base.ftl", "base, edited", Instant.now().minusSeconds(30));
        TemplateFingerprints second = TemplateFingerprints.of(templates, first);

        assertNotSame(first, second);
        assertNotEquals(before, second.of("fiche.ftl"));
    }

    @Test
    void aSameSizeEditThatKeepsTheFileTimeIsSeenWhileTheFileIsFresh() throws IOException {
        // An editor's save within the file system's time resolution can keep the time and the size.
        Instant saved = Instant.now();
        write("fiche.ftl", "version A", saved);
        TemplateFingerprints first = TemplateFingerprints.of(templates, null);
        String before = first.of("fiche.ftl");

        write("fiche.ftl", "version B", saved);

        assertNotEquals(before, TemplateFingerprints.of(templates, first).of("fiche.ftl"));
    }

    private void write(String name, String text, Instant modified) throws IOException {
        Path file = templates.resolve(name);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
