package ca.pratiqueshlm.cli;

import ca.pratiqueshlm.pipeline.SiteBuilder.BuildReport;
import ca.pratiqueshlm.pipeline.SiteBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Validates the content and writes the site. */
@Command(name = "build", description = "Valide les fiches et construit le site.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Option(names = {"-o", "--output"}, paramLabel = "DOSSIER", description = "Dossier du site (défaut : target/site).")
    Path output;

    @Option(names = "--pdf", negatable = true, defaultValue = "true", fallbackValue = "true", arity = "0..1",
            description = "Produire les PDF des fiches et les livrets (défaut : oui ; --no-pdf pour une construction rapide).")
    boolean pdf;

    @Option(names = "--sans-cache", description = "Tout recalculer sans lire ni écrire les caches de target/ (codes QR, textes Markdown, PDF).")
    boolean withoutCache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path destination = output != null ? output : options.layout().root().resolve("target/site");
        try {
            BuildReport report = new SiteBuilder(options.layout(), pdf, !withoutCache).build(destination);
            if (!report.ok()) {
                options.format.print(report.problems(), err);
                err.println("Le site n'a pas été construit ; le site précédent est intact.");
                return ExitCodes.CONTENT_ERRORS;
            }
            out.printf("Site construit : %d fiches, %d fichiers en %d ms.%n", report.fiches(), report.files(),
                    report.millis());
            out.println("Ouvrez " + destination.toAbsolutePath().normalize().resolve("index.html").toUri());
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            err.println("Échec de la construction : " + e.getMessage());
            err.println("Le site précédent est intact.");
            return ExitCodes.INTERNAL;
        }
    }
}
