package ca.pratiqueshlm.cli;

import ca.pratiqueshlm.content.ProjectLayout;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command shares. */
final class ProjectOptions {
    @Option(names = "--project", paramLabel = "DOSSIER", description = "Racine du projet (défaut : dossier courant).")
    Path project = Path.of(".");

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Format des erreurs : ${COMPLETION-CANDIDATES} (défaut : ${DEFAULT-VALUE}).")
    DiagnosticFormat format = DiagnosticFormat.text;

    ProjectLayout layout() {
        return new ProjectLayout(project);
    }
}
