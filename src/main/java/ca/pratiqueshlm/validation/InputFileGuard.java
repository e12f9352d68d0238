package ca.pratiqueshlm.validation;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks every entry of the folders the site is read from (content/, assets/, templates/) before
 * anything is read or copied. A symbolic link must lead to a regular file or folder whose real path is
 * itself under content/ or assets/ and outside any dot-folder: a link to .git/config or .env would
 * otherwise be published with the site. Pipes, sockets and devices are refused: reading one blocks.
 */
final class InputFileGuard {
    private final ProjectLayout layout;

    InputFileGuard(ProjectLayout layout) {
        this.layout = layout;
    }

    void check(List<Diagnostic> sink) {
        try {
            Path root = layout.root().toRealPath();
            List<Path> published = List.of(realPath(layout.content()), realPath(layout.assets()));
            // Walked with the attributes the walk reads anyway: one lstat per entry (the preview checks
            // every save, and a thousand fiches made three per entry a fifth of its time).
            Map<Path, Problem> found = new TreeMap<>();
            for (Path folder : List.of(layout.content(), layout.assets(), layout.templates())) {
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path entry, BasicFileAttributes attributes) {
                        problem(entry, attributes, root, published).ifPresent(problem -> found.put(entry, problem));
                        return FileVisitResult.CONTINUE;
                    }
                });
            }
            found.forEach((entry, problem) -> sink.add(new Diagnostic(layout.relative(entry).toString().replace('\\', '/'),
                    Position.START, problem.text(), Optional.of(problem.hint()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Problem(String text, String hint) {}

    /** Folders are walked into, so only files, links and special files get here. */
    private static Optional<Problem> problem(Path entry, BasicFileAttributes attributes, Path root, List<Path> published) {
        if (attributes.isSymbolicLink()) {
            Path target;
            try {
                target = entry.toRealPath();
            } catch (IOException dangling) {
                return Optional.of(new Problem("lien symbolique vers un fichier qui n'existe pas",
                        "supprimez le lien ou remplacez-le par le fichier lui-même"));
            }
            boolean publishable = published.stream().anyMatch(target::startsWith)
                    && !ProjectLayout.isHidden(root.relativize(target))
                    && (Files.isRegularFile(target) || Files.isDirectory(target));
            if (!publishable) {
                String shown = target.startsWith(root)
                        ? "« " + root.relativize(target).toString().replace('\\', '/') + " »" : "un fichier hors du dépôt";
                return Optional.of(new Problem("lien symbolique vers " + shown + " refusé : seuls les fichiers "
                        + "de content/ et assets/ (hors dossiers cachés) sont publiés",
                        "copiez le contenu dans le dépôt au lieu d'y faire un lien"));
            }
            return Optional.empty();
        }
        if (!attributes.isRegularFile() && !attributes.isDirectory()) {
            return Optional.of(new Problem("fichier spécial (tube nommé, socket ou périphérique) refusé",
                    "supprimez-le : seuls des fichiers ordinaires peuvent servir à construire le site"));
        }
        return Optional.empty();
    }


    private static Path realPath(Path folder) throws IOException {
        return Files.exists(folder) ? folder.toRealPath() : folder;
    }
}
