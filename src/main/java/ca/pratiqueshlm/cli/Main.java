package ca.pratiqueshlm.cli;

import ca.pratiqueshlm.serve.PreviewServer;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: wires the streams and arguments, and exits with the command's code. */
@Command(name = "fiches", version = "fiches 0.1.0",
        description = "Valide les fiches et construit le site des pratiques innovantes en habitation sociale.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, SchemaCommand.class,
                RapportCommand.class, AdressesCommand.class, LivretCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Before any server starts: the JDK reads it once. Closes preview connections that stall.
        if (System.getProperty(PreviewServer.REQUEST_TIME_LIMIT_PROPERTY) == null) {
            System.setProperty(PreviewServer.REQUEST_TIME_LIMIT_PROPERTY, PreviewServer.REQUEST_TIME_LIMIT_SECONDS);
        }
        int status = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (Boolean.getBoolean(ARCHIVE_TRAINING_PROPERTY)) {
            ArchiveTraining.run(java.util.List.of(args));
        }
        System.exit(status);
    }

    /** Set by the launcher on the run whose loaded classes become its class-data archive. */
    static final String ARCHIVE_TRAINING_PROPERTY = "fiches.archive.training";

    /** Runs a command line with the given streams; returns the exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        FrenchUsage.apply(commandLine);
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
