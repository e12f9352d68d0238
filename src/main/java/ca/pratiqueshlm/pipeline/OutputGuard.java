package ca.pratiqueshlm.pipeline;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Refuses an output folder that the build's final swap would destroy: the project itself, one of its
 * ancestors, one of its source folders, or a folder holding files that are not a built site. The swap
 * replaces the whole folder, so "--output ." would otherwise delete the repository.
 */
final class OutputGuard {
    private OutputGuard() {}

    static Optional<Diagnostic> check(ProjectLayout layout, Path destination) throws IOException {
        Path output = destination.toAbsolutePath().normalize();
        Path root = layout.root();
        String shown = output.toString().replace('\\', '/');
        if (root.startsWith(output)) {
            return refuse(shown, "le dossier de sortie contient le projet : la construction l'effacerait");
        }
        for (Path source : List.of(layout.content(), layout.templates(), layout.assets())) {
            if (output.startsWith(source)) {
                return refuse(shown, "le dossier de sortie est dans " + root.relativize(source)
                        + "/ : la construction effacerait des sources");
            }
        }
        if (Files.isDirectory(output) && !Files.exists(output.resolve("index.html")) && !isEmpty(output)) {
            return refuse(shown, "le dossier de sortie contient déjà des fichiers qui ne sont pas un site construit");
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            return refuse(shown, "la sortie désignée est un fichier, pas un dossier");
        }
        return Optional.empty();
    }

    private static Optional<Diagnostic> refuse(String shown, String message) {
        return Optional.of(new Diagnostic(shown, Position.START, message,
                Optional.of("choisissez un dossier à part, par exemple target/site (la valeur par défaut)")));
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
