package ca.pratiqueshlm.cli;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.output.SiteWriter;
import ca.pratiqueshlm.pipeline.SiteBuilder;
import ca.pratiqueshlm.print.PdfWarmUp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the launcher's first run does before it exits: its loaded classes become the class-data archive
 * of every later run, so it loads those of every stage, whatever the command was. A first run that only
 * checked the fiches left the template engine, the indexes and the open data out of the archive (1,300
 * classes), and every later build loaded them from the jars: a rebuild after one edit took 1.27 s
 * instead of 1.17 s (docs/BENCHMARK.md, ninth session).
 */
final class ArchiveTraining {
    /** The commands that run every stage of a build, when they succeed. */
    private static final List<String> BUILDING = List.of("build", "serve");
    /** Options with which those commands only print and build nothing. */
    private static final List<String> PRINTING_ONLY = List.of("-h", "--help", "-V", "--version");

    private ArchiveTraining() {}

    /**
     * Lays out a throw-away PDF and, unless the command built a site, builds the project it was given
     * (without PDFs) into a temporary folder that is then deleted. A failure only leaves the archive smaller.
     *
     * @param status the command's exit code: a build stopped by a content error, or « build --help », ran
     *               none of the later stages, and an archive made from it left 2,500 classes to load from
     *               the jars on every later build
     */
    static void run(List<String> args, int status) {
        try {
            PdfWarmUp.run();
            if (!builtASite(args, status)) {
                buildOnce(project(args));
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // The archive is only a start-up cache.
        }
    }

    /** Whether the command itself ran every stage: a build or preview that succeeded and printed no help. */
    static boolean builtASite(List<String> args, int status) {
        return status == ExitCodes.OK && !args.isEmpty() && BUILDING.contains(args.get(0))
                && args.stream().noneMatch(PRINTING_ONLY::contains);
    }

    /** The project a command named with --project, or the current folder as the commands default to. */
    static Path project(List<String> args) {
        int option = args.indexOf("--project");
        if (option >= 0 && option + 1 < args.size()) {
            return Path.of(args.get(option + 1));
        }
        return args.stream().filter(arg -> arg.startsWith("--project=")).findFirst()
                .map(arg -> Path.of(arg.substring("--project=".length())))
                .orElse(Path.of("."));
    }

    private static void buildOnce(Path project) throws IOException {
        Path output = Files.createTempDirectory("fiches-entrainement");
        try {
            new SiteBuilder(new ProjectLayout(project), false, true).build(output.resolve("site"));
        } finally {
            SiteWriter.deleteTree(output);
        }
    }
}
