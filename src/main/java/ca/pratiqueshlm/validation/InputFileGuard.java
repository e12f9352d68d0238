package ca.pratiqueshlm.validation;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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
            for (Path folder : List.of(layout.content(), layout.assets(), layout.templates())) {
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                try (Stream<Path> entries = Files.walk(folder)) {
                    for (Path entry : entries.sorted().toList()) {
                        problem(entry, root, published).ifPresent(message -> sink.add(new Diagnostic(
                                layout.relative(entry).toString().replace('\\', '/'), Position.START,
                                message.text(), Optional.of(message.hint()))));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Problem(String text, String hint) {}

    private static Optional<Problem> problem(Path entry, Path root, List<Path> published) {
        if (Files.isSymbolicLink(entry)) {
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
        if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(new Problem("fichier spécial (tube nommé, socket ou périphérique) refusé",
                    "supprimez-le : seuls des fichiers ordinaires peuvent servir à construire le site"));
        }
        return Optional.empty();
    }


    private static Path realPath(Path folder) throws IOException {
        return Files.exists(folder) ? folder.toRealPath() : folder;
    }
}
