package ca.pratiqueshlm.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One rebuild per save, whether the editor writes the file in place or saves a copy and renames it. */
class ChangeWatcherTest {
    /** Far longer than the steps of a save through a copy below, so the test holds on a slow machine. */
    private static final long SETTLE_MILLIS = 1_500;

    @Test
    void aSaveThroughACopyAndARenameIsOneRebuild(@TempDir Path folder) throws Exception {
        Path fiche = Files.writeString(folder.resolve("jardin.md"), "avant");
        AtomicInteger rebuilds = new AtomicInteger();
        Semaphore rebuilt = new Semaphore(0);
        try (ChangeWatcher watcher = new ChangeWatcher(List.of(folder), 3, SETTLE_MILLIS, () -> {
            rebuilds.incrementAndGet();
            rebuilt.release();
        })) {
            watcher.start();
            Path copy = Files.writeString(folder.resolve(".jardin.md.tmp"), "après");
            Thread.sleep(100); // an editor between writing its copy and renaming it
            Files.move(copy, fiche, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            assertTrue(rebuilt.tryAcquire(30, TimeUnit.SECONDS), "the save is seen");
            Thread.sleep(2 * SETTLE_MILLIS);
            assertEquals(1, rebuilds.get(), "a created file waits for the rest of the save");
        }
    }

    @Test
    void aSaveInPlaceIsSeen(@TempDir Path folder) throws Exception {
        Path fiche = Files.writeString(folder.resolve("jardin.md"), "avant");
        Semaphore rebuilt = new Semaphore(0);
        try (ChangeWatcher watcher = new ChangeWatcher(List.of(folder), 3, SETTLE_MILLIS, rebuilt::release)) {
            watcher.start();
            Files.writeString(fiche, "après");
            assertTrue(rebuilt.tryAcquire(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void editorScratchFilesAreNoChange() {
        assertTrue(ChangeWatcher.isEditorScratch("jardin.md~"));
        assertTrue(ChangeWatcher.isEditorScratch(".jardin.md.swp"));
        assertTrue(ChangeWatcher.isEditorScratch("4913"));
        assertEquals(false, ChangeWatcher.isEditorScratch("jardin.md"));
    }
}
