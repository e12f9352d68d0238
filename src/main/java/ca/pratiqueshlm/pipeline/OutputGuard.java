package ca.pratiqueshlm.pipeline;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import ca.pratiqueshlm.output.OutputFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Refuses an output folder that the build's final swap would destroy: the project itself, one of its
 * ancestors, one of its source folders, or a folder this tool did not build. The swap replaces the
 * whole folder, so "--output ." would otherwise delete the repository. Paths are compared as real
 * paths, so a symbolic link to the project (or in it) cannot hide where the output really is.
 */
final class OutputGuard {
    private OutputGuard() {}

    static Optional<Diagnostic> check(ProjectLayout layout, Path destination) throws IOException {
        Path output = realPath(destination.toAbsolutePath().normalize());
        Path root = layout.root().toRealPath();
        String shown = destination.toAbsolutePath().normalize().toString().replace('\\', '/');
        if (root.startsWith(output)) {
            return refuse(shown, "le dossier de sortie contient le projet : la construction l'effacerait");
        }
        for (Path source : List.of(layout.content(), layout.templates(), layout.assets())) {
            if (output.startsWith(realPath(source))) {
                return refuse(shown, "le dossier de sortie est dans " + layout.root().relativize(source)
                        + "/ : la construction effacerait des sources");
            }
        }
        if (Files.isDirectory(output) && !isEmpty(output) && !OutputFolder.isBuiltSite(output)
                && !isEarlierBuildInTarget(output, root)) {
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

    /**
     * Sites built before the marker existed live in the project's own target/ folder (Maven's scratch
     * space, emptied by "mvn clean"); they may be replaced once, and carry the marker from then on.
     */
    private static boolean isEarlierBuildInTarget(Path output, Path root) {
        return output.startsWith(root.resolve("target")) && Files.isRegularFile(output.resolve("index.html"));
    }

    /** The real path of {@code path}, or of its nearest existing ancestor followed by the rest. */
    private static Path realPath(Path path) throws IOException {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        return existing.toRealPath().resolve(existing.relativize(path).toString()).normalize();
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
