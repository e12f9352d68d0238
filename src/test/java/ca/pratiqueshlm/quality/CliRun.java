package ca.pratiqueshlm.quality;

import ca.pratiqueshlm.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/** One run of the real command line, with what it printed. */
record CliRun(int exitCode, String out, String err) {
    static CliRun build(Path project, Path output) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"build", "--project", project.toString(), "--output", output.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** A stack trace in the output means an exception escaped the error-as-value path. */
    boolean showsStackTrace() {
        String all = out + err;
        return all.contains("Exception") || all.contains("\tat ");
    }
}
