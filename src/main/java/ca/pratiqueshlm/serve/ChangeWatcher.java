package ca.pratiqueshlm.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them, and calls back once per burst of changes: editors save
 * in several steps (temporary file, rename, attributes), and one rebuild per save is enough.
 */
public final class ChangeWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final long quietMillis;
    private final long settleMillis;
    private final Runnable onChange;
    private final Thread thread;
    /** How long closing waits for a rebuild under way: far more than one takes. */
    private static final long CLOSING_MILLIS = 30_000;

    /**
     * @param quietMillis  how long the folders must be quiet after files changed in place (a save written
     *                     straight into its file: one write, its events microseconds apart)
     * @param settleMillis how long after a file was created or deleted (an editor saving a copy and
     *                     renaming it, in several steps)
     */
    public ChangeWatcher(List<Path> roots, long quietMillis, long settleMillis, Runnable onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.quietMillis = quietMillis;
        this.settleMillis = settleMillis;
        this.onChange = onChange;
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
        this.thread = new Thread(this::loop, "fiches-watcher");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void loop() {
        try {
            while (true) {
                Burst burst = handle(service.take(), Burst.NONE);
                // Debounce: wait until the folders have been quiet for a while, longer once files come and go.
                WatchKey next;
                while ((next = service.poll(burst.filesCameOrWent() ? settleMillis : quietMillis,
                        TimeUnit.MILLISECONDS)) != null) {
                    burst = handle(next, burst);
                }
                if (burst.relevant()) {
                    onChange.run();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: the preview is stopping
        }
    }

    /** What a burst of events held so far: anything an editor cares about, files created or deleted. */
    private record Burst(boolean relevant, boolean filesCameOrWent) {
        static final Burst NONE = new Burst(false, false);
    }

    /** Registers new folders, and adds the key's events to {@code burst}. */
    private Burst handle(WatchKey key, Burst burst) {
        Path folder = folders.get(key);
        boolean relevant = burst.relevant();
        boolean cameOrWent = burst.filesCameOrWent();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                relevant = true;
                cameOrWent = true;
                continue;
            }
            cameOrWent |= event.kind() != StandardWatchEventKinds.ENTRY_MODIFY;
            Path changed = folder.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    // vanished already; the next event will tell
                }
            }
            relevant |= !isEditorScratch(changed.getFileName().toString());
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return new Burst(relevant, cameOrWent);
    }

    /** Swap and backup files of common editors: saving them changes nothing in the site. */
    static boolean isEditorScratch(String name) {
        return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.startsWith(".#")
                || (name.startsWith("#") && name.endsWith("#")) || name.equals("4913");
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path folder : paths.filter(Files::isDirectory).toList()) {
                WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                folders.put(key, folder);
            }
        }
    }

    /**
     * Stops watching, after the rebuild under way if there is one (an edited fiche's page is answered
     * before its rebuild ends, and the site folder must not be written after the preview closed).
     */
    @Override
    public void close() throws IOException {
        service.close();
        try {
            thread.join(CLOSING_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.interrupt();
    }
}
