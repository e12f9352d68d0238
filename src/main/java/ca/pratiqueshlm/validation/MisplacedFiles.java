package ca.pratiqueshlm.validation;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds fiches saved where the build never looks (content/, content/fiche/, the project root): they would
 * silently never be published.
 */
final class MisplacedFiles {
    private final ProjectLayout layout;

    MisplacedFiles(ProjectLayout layout) {
        this.layout = layout;
    }

    void check(List<Diagnostic> sink) {
        List<Path> published = List.of(layout.fiches(), layout.pages(), layout.data());
        for (Path folder : List.of(layout.root(), layout.content())) {
            for (Path file : markdown(folder, 1)) {
                report(file, sink);
            }
        }
        try (Stream<Path> folders = Files.isDirectory(layout.content()) ? Files.list(layout.content()) : Stream.empty()) {
            for (Path folder : folders.filter(Files::isDirectory).filter(f -> !published.contains(f)).sorted().toList()) {
                markdown(folder, 8).forEach(file -> report(file, sink));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void report(Path file, List<Diagnostic> sink) {
        if (!looksLikeFiche(file)) {
            return;
        }
        sink.add(new Diagnostic(layout.relative(file).toString().replace('\\', '/'), Position.START,
                "fiche hors du dossier content/fiches/ : elle ne serait pas publiée",
                Optional.of("déplacez-la dans content/fiches/ (les pages de référence vont dans content/pages/)")));
    }

    private static List<Path> markdown(Path folder, int depth) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder, depth)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Front matter with a title: README.md and the guides have none. */
    private static boolean looksLikeFiche(Path file) {
        try {
            String text = Files.readString(file).replace("\r\n", "\n").replace("\uFEFF", "");
            return text.startsWith("---\n") && text.contains("\ntitre:");
        } catch (IOException | UncheckedIOException e) {
            return false; // unreadable or not UTF-8: not an editor's fiche
        }
    }
}
