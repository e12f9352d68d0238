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
 * Finds symbolic links in the folders the site is made from (content/, assets/) that lead outside the
 * repository: copying them would publish a file from elsewhere on the machine.
 */
final class LinkGuard {
    private final ProjectLayout layout;

    LinkGuard(ProjectLayout layout) {
        this.layout = layout;
    }

    void check(List<Diagnostic> sink) {
        for (Path folder : List.of(layout.content(), layout.assets())) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path link : files.filter(Files::isSymbolicLink).sorted().toList()) {
                    if (!staysInProject(link)) {
                        sink.add(new Diagnostic(layout.relative(link).toString().replace('\\', '/'), Position.START,
                                "lien symbolique vers un fichier hors du dépôt refusé",
                                Optional.of("copiez le contenu dans le dépôt au lieu d'y faire un lien")));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private boolean staysInProject(Path link) {
        try {
            return link.toRealPath().startsWith(layout.root().toRealPath());
        } catch (IOException e) {
            return false; // a dangling link: nothing to copy, and certainly not a file of the project
        }
    }
}
