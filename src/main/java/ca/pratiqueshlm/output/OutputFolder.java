package ca.pratiqueshlm.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The folder a build replaces as a whole, held for the time of one build. It owns what makes replacing
 * it safe: a lock against a second build into the same folder, a marker that says the tool made the
 * folder (so it never deletes one it did not make), and the staging and previous folders beside it,
 * which an interrupted build may have left behind and the next build cleans up or puts back.
 */
public final class OutputFolder implements AutoCloseable {
    /** Written into every site the tool builds; a folder without it is never replaced. */
    public static final String MARKER = ".fiches-site";
    private static final String MARKER_TEXT =
            "Ce dossier est produit par « fiches build » et remplacé en entier à chaque construction.\n";

    private final Path destination;
    private final FileChannel lockFile;
    private final FileLock lock;

    private OutputFolder(Path destination, FileChannel lockFile, FileLock lock) {
        this.destination = destination;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code destination}, then repairs what an interrupted build left: a swap stopped
     * between its two renames (the site is put back) and staging folders of killed builds (deleted).
     *
     * @throws OutputBusyException if another build holds the lock
     */
    public static OutputFolder claim(Path destination) throws IOException {
        Path absolute = destination.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        Path lockPath = sibling(absolute, ".lock");
        FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another build of this same process (the preview and a test, say)
        }
        if (lock == null) {
            channel.close();
            throw new OutputBusyException(absolute);
        }
        OutputFolder folder = new OutputFolder(absolute, channel, lock);
        folder.repair();
        return folder;
    }

    public Path destination() {
        return destination;
    }

    /** Whether {@code folder} carries the marker of a site built by this tool. */
    public static boolean isBuiltSite(Path folder) {
        return Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * A new, empty staging folder beside the destination, already marked. Made with
     * {@code createDirectory}, which honours the umask: a temporary-directory API would make it private
     * and the published site unreadable by a web server running as another user.
     */
    public Path newStaging() throws IOException {
        return newStaging(destination);
    }

    /** As {@link #newStaging()}, for a writer that replaces single files and holds no lock (the preview). */
    static Path newStaging(Path destination) throws IOException {
        Path staging;
        for (long attempt = System.nanoTime(); ; attempt++) {
            staging = sibling(destination, ".staging-" + ProcessHandle.current().pid() + "-" + attempt);
            try {
                Files.createDirectory(staging);
                break;
            } catch (FileAlreadyExistsException taken) {
                // another staging folder of this process: try the next name
            }
        }
        Files.writeString(staging.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
        return staging;
    }

    /**
     * Replaces the destination by {@code staging} with two renames. Killed between them, the site is
     * in the "previous" folder, and {@link #claim} puts it back on the next start.
     */
    public void swapIn(Path staging) throws IOException {
        swap(destination, staging);
    }

    static void swap(Path destination, Path staging) throws IOException {
        Path previous = sibling(destination, ".previous");
        SiteWriter.deleteTree(previous);
        if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(destination, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
        SiteWriter.deleteTree(previous);
    }

    private void repair() throws IOException {
        Path previous = sibling(destination, ".previous");
        if (Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS) && isBuiltSite(previous)) {
            if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
                SiteWriter.deleteTree(previous);
            } else {
                Files.move(previous, destination, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        String stagingPrefix = "." + destination.getFileName() + ".staging-";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(destination.getParent(), stagingPrefix + "*")) {
            for (Path leftover : siblings) {
                // We hold the lock, so no other build is writing these; only our own marked folders go.
                if (Files.isDirectory(leftover, LinkOption.NOFOLLOW_LINKS) && isBuiltSite(leftover)) {
                    SiteWriter.deleteTree(leftover);
                }
            }
        }
    }

    private static Path sibling(Path destination, String suffix) {
        return destination.resolveSibling("." + destination.getFileName() + suffix);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            lockFile.close();
        }
    }

    /** Another build is writing into the same output folder. */
    public static final class OutputBusyException extends IOException {
        private final transient Path destination;

        OutputBusyException(Path destination) {
            super("another build is writing into " + destination);
            this.destination = destination;
        }

        public Path destination() {
            return destination;
        }
    }
}
