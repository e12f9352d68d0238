package ca.pratiqueshlm.serve;

import ca.pratiqueshlm.content.ProjectLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole preview: a first build, the server, and the watcher that rebuilds on every change to
 * content/, templates/ or assets/. It stays up whatever the content does; only {@link #close} stops it.
 */
public final class PreviewSession implements AutoCloseable {
    /**
     * Quiet time that ends a save written straight into its file: its events (truncation, write) come
     * microseconds apart, and every millisecond here is one the editor waits for the page.
     */
    static final long QUIET_MILLIS = 3;
    /**
     * Quiet time once files were created or deleted: long enough to coalesce an editor's save through a
     * copy (temporary file, rename, attributes, backup), short enough not to be felt; a save split in two
     * only costs a second rebuild.
     */
    static final long SETTLE_MILLIS = 10;
    /**
     * Rehearsed rebuilds after start-up (stopped by the first edit), within a few seconds: about what the
     * JIT needs to compile the rebuild path (a small site's rebuild then takes about 45 ms instead of 150).
     */
    static final int WARM_UPS = 40;
    static final long WARM_UP_MILLIS = 5_000;

    private final Rebuilder rebuilder;
    private final PreviewServer server;
    private final ChangeWatcher watcher;
    private final Thread warmUp;

    private PreviewSession(Rebuilder rebuilder, PreviewServer server, ChangeWatcher watcher, Thread warmUp) {
        this.rebuilder = rebuilder;
        this.server = server;
        this.watcher = watcher;
        this.warmUp = warmUp;
    }

    public static PreviewSession start(ProjectLayout layout, Path siteRoot, InetSocketAddress address,
            PrintWriter out, PrintWriter err) throws IOException {
        Rebuilder rebuilder = new Rebuilder(layout, siteRoot, out, err);
        rebuilder.rebuild();
        ChangeWatcher watcher = new ChangeWatcher(List.of(layout.content(), layout.templates(), layout.assets()),
                QUIET_MILLIS, SETTLE_MILLIS, rebuilder::rebuild);
        PreviewServer server;
        try {
            server = PreviewServer.start(address, siteRoot, rebuilder::state, rebuilder.changes());
        } catch (IOException | RuntimeException e) {
            watcher.close();
            throw e;
        }
        watcher.start();
        Thread warmUp = new Thread(() -> rebuilder.warmUp(WARM_UPS, WARM_UP_MILLIS), "fiches-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
        return new PreviewSession(rebuilder, server, watcher, warmUp);
    }

    public InetSocketAddress address() {
        return server.address();
    }

    public BuildState state() {
        return rebuilder.state();
    }

    @Override
    public void close() throws IOException {
        rebuilder.cancelWarmUp();
        server.close();
        watcher.close();
        // A rehearsal under way may still write into the build cache (an entry it misses): a closed
        // session leaves the project alone, so the one under way is waited for.
        try {
            warmUp.join(WARM_UP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
