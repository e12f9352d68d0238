package ca.pratiqueshlm.testing;

import ca.pratiqueshlm.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One run of the command line on a project, with its exit code and what it printed. */
public record CommandLineRun(int code, String out, String err) {
    /** Runs {@code args} with {@code --project project} added, as an editor would from that folder. */
    public static CommandLineRun in(Path project, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] withProject = new String[args.length + 2];
        System.arraycopy(args, 0, withProject, 0, args.length);
        withProject[args.length] = "--project";
        withProject[args.length + 1] = project.toString();
        int code = Main.run(withProject, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandLineRun(code, out.toString(), err.toString());
    }
}
