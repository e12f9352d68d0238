package ca.pratiqueshlm.cli;

import ca.pratiqueshlm.output.AddressManifest;
import ca.pratiqueshlm.pipeline.SiteBuilder;
import ca.pratiqueshlm.pipeline.SiteBuilder.BuildReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Records the addresses a new fiche or page adds in the committed manifest. */
@Command(name = "adresses", description = "Ajoute à " + AddressManifest.PATH + " les adresses des nouvelles pages"
        + " (à faire avant de publier une nouvelle fiche) ; une adresse déjà publiée n'en est jamais retirée.")
final class AdressesCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path temporary = Files.createTempDirectory("fiches-adresses");
        try {
            BuildReport report = new SiteBuilder(options.layout()).build(temporary.resolve("site"));
            if (!report.ok()) {
                options.format.print(report.problems(), spec.commandLine().getErr());
                return ExitCodes.CONTENT_ERRORS;
            }
            List<String> published;
            try (Stream<Path> files = Files.walk(temporary.resolve("site"))) {
                published = files.filter(Files::isRegularFile)
                        .map(p -> temporary.resolve("site").relativize(p).toString().replace('\\', '/'))
                        .filter(AddressManifest::isPage).sorted().toList();
            }
            int added = new AddressManifest(options.layout()).record(published);
            spec.commandLine().getOut().println(added + (added > 1 ? " adresses ajoutées à " : " adresse ajoutée à ")
                    + AddressManifest.PATH + ".");
            return ExitCodes.OK;
        } finally {
            try (Stream<Path> files = Files.walk(temporary)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
