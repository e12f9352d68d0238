package ca.pratiqueshlm.cli;

import java.io.PrintWriter;

/**
 * The entry point `mvn package` runs in Maven's own JVM. It never calls System.exit: a failed build
 * becomes one exception whose message Maven prints, after our French diagnostics, with no stack trace.
 */
public final class MavenBake {
    private MavenBake() {}

    public static void main(String[] args) {
        int exit = Main.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (exit != ExitCodes.OK) {
            throw new BuildFailed();
        }
    }

    /** Carries no stack trace: the diagnostics above already say everything. */
    static final class BuildFailed extends RuntimeException {
        BuildFailed() {
            super("le site n'a pas été construit (voir les erreurs ci-dessus)", null, false, false);
        }
    }
}
