package ca.pratiqueshlm.bench;

import ca.pratiqueshlm.output.SiteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where the benchmark puts the output of one timed build before the next, instead of deleting it;
 * the bin is emptied once, after the last measure.
 *
 * <p>Why not delete: on ext4 without a journal (this machine's disk), a new file skips every inode of
 * its block group freed in the last minute, or five while the inode table is not yet written back
 * ({@code recently_deleted} in the kernel's fs/ext4/ialloc.c), and every file creation scans past them
 * again. Deleting a 1,000-fiche site just before the next timed build made each of its 1,420 file
 * creations scan past the inodes freed, and each run paid for all the runs before it: at 1,000 fiches,
 * medians of five, ours 3.49 s and Hugo 1.47 s with deletions, 2.32 s and 0.57 s without
 * (docs/BENCHMARK.md). A rename frees no inode, so every timed build, ours, JBake's and Hugo's, starts
 * from a disk that the builds timed before it did not slow down.
 */
final class OutputBin implements AutoCloseable {
    private final Path folder;
    private int discarded;

    OutputBin(Path work) {
        this.folder = work.resolve("corbeille");
    }

    /** Moves {@code output} into the bin, if it exists, so that the next build starts without it. */
    void discard(Path output) throws IOException {
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(folder);
            Path place;
            do { // a bin left by an interrupted run (--garder) keeps its names
                place = folder.resolve(Integer.toString(++discarded));
            } while (Files.exists(place, LinkOption.NOFOLLOW_LINKS));
            Files.move(output, place, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    @Override
    public void close() throws IOException {
        SiteWriter.deleteTree(folder);
    }
}
