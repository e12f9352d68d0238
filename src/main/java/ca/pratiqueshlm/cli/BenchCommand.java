package ca.pratiqueshlm.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder replaced below. */
@Command(name = "bench", hidden = true)
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return ExitCodes.INTERNAL;
    }
}
