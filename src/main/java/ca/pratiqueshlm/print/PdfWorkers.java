package ca.pratiqueshlm.print;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One worker per core that takes PDF tasks in the order they were handed in. The order is the
 * schedule: unlike a parallel stream, which splits the list in halves, the workers start what comes
 * first first, so a task handed in early never waits behind a long one handed in later.
 */
final class PdfWorkers implements AutoCloseable {
    private final ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
            PdfWorkers::worker);

    <T> Future<T> submit(Callable<T> task) {
        return pool.submit(task);
    }

    /** The result of {@code task}, or its runtime failure rethrown. */
    static <T> T await(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    static <T> List<T> awaitAll(List<Future<T>> tasks) {
        return tasks.stream().map(PdfWorkers::await).toList();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static Thread worker(Runnable work) {
        Thread thread = new Thread(work, "pdf");
        // A failed build returns at once; a PDF still being laid out must not keep the process alive.
        thread.setDaemon(true);
        return thread;
    }
}
