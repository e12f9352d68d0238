package ca.pratiqueshlm.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder replaced below. */
@Command(name = "new", hidden = true)
final class NewCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return ExitCodes.INTERNAL;
    }
}
