package ca.pratiqueshlm.print;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** A value made once, by the first caller that needs it; callers meanwhile wait for it. */
final class Once<T> {
    /** Makes the value; may fail as reading or writing a PDF does. */
    interface Maker<T> {
        T make() throws IOException;
    }

    private final FutureTask<T> task;

    Once(Maker<T> maker) {
        task = new FutureTask<>(maker::make);
    }

    T get() throws IOException {
        // Runs the maker on the first call; later calls return at once and wait in get().
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
