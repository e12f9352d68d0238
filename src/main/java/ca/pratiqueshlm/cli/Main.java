package ca.pratiqueshlm.cli;

import ca.pratiqueshlm.serve.PreviewServer;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: wires the streams and arguments, and exits with the command's code. */
@Command(name = "fiches", version = "fiches 0.1.0",
        description = "Valide les fiches et construit le site des pratiques innovantes en habitation sociale.")
public final class Main implements Runnable {
    /**
     * The subcommands, in the order the help lists them. picocli reads a command's annotations when it is
     * added, about 7 ms each in a fresh JVM: a run adds only the one it names, or all of them when it
     * names none (the help, a mistyped command).
     */
    private static final List<Map.Entry<String, Supplier<Object>>> COMMANDS = List.of(
            Map.entry("build", BuildCommand::new), Map.entry("check", CheckCommand::new),
            Map.entry("serve", ServeCommand::new), Map.entry("new", NewCommand::new),
            Map.entry("schema", SchemaCommand::new), Map.entry("rapport", RapportCommand::new),
            Map.entry("adresses", AdressesCommand::new), Map.entry("livret", LivretCommand::new));

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Before any server starts: the JDK reads it once. Closes preview connections that stall.
        if (System.getProperty(PreviewServer.REQUEST_TIME_LIMIT_PROPERTY) == null) {
            System.setProperty(PreviewServer.REQUEST_TIME_LIMIT_PROPERTY, PreviewServer.REQUEST_TIME_LIMIT_SECONDS);
        }
        int status = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (Boolean.getBoolean(ARCHIVE_TRAINING_PROPERTY)) {
            ArchiveTraining.run(List.of(args), status);
        }
        System.exit(status);
    }

    /** Set by the launcher on the run whose loaded classes become its class-data archive. */
    static final String ARCHIVE_TRAINING_PROPERTY = "fiches.archive.training";

    /** Runs a command line with the given streams; returns the exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        String named = args.length > 0 ? args[0] : "";
        boolean known = COMMANDS.stream().anyMatch(command -> command.getKey().equals(named));
        COMMANDS.stream().filter(command -> !known || command.getKey().equals(named))
                .forEach(command -> commandLine.addSubcommand(command.getKey(), command.getValue().get()));
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
