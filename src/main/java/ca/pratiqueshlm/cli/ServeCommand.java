package ca.pratiqueshlm.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder replaced below. */
@Command(name = "serve", hidden = true)
final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return ExitCodes.INTERNAL;
    }
}
