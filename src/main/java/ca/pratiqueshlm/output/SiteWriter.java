package ca.pratiqueshlm.output;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.plan.PageJob;
import ca.pratiqueshlm.render.TemplateEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the site into a staging folder beside the destination and swaps it in only once everything
 * is written, so a failed build never leaves a half-written or emptied site behind.
 */
public final class SiteWriter {
    private final Path destination;

    /** A page written, or the failure that stopped it. */
    private record Rendered(RuntimeException failure) {}

    public SiteWriter(Path destination) {
        this.destination = destination.toAbsolutePath().normalize();
    }

    /** Renders {@code jobs} (in parallel; templates are thread-safe), copies {@code assets}, then swaps. */
    public int write(List<PageJob> jobs, TemplateEngine engine, Path assets, List<GeneratedFile> extra)
            throws IOException {
        try (OutputFolder output = OutputFolder.claim(destination)) {
            return write(output, jobs, engine, assets, extra, PageCompanions.NONE);
        }
    }

    /**
     * As {@link #write(List, TemplateEngine, Path, List)}, into a folder the caller already holds, with the
     * files the pages' {@code companions} make; returns the number of files written.
     */
    public int write(OutputFolder output, List<PageJob> jobs, TemplateEngine engine, Path assets,
            List<GeneratedFile> extra, PageCompanions companions) throws IOException {
        try (Staged staged = stage(output, jobs, engine, assets, extra, companions)) {
            return staged.commit();
        }
    }

    /**
     * Writes everything but what is still being made into a staging folder of {@code output}: the
     * caller adds the late files ({@link Staged#add}) and swaps the site in ({@link Staged#commit}), or
     * closes it to drop it. The PDFs are the late files: the pages are written while they are laid out.
     */
    public Staged stage(OutputFolder output, List<PageJob> jobs, TemplateEngine engine, Path assets,
            List<GeneratedFile> extra, PageCompanions companions) throws IOException {
        Staged staged = new Staged(output, output.newStaging());
        try {
            if (Files.isDirectory(assets)) {
                copyTree(assets, staged.folder.resolve("assets"));
            }
            // Every page is finished (or failed) before anything else happens: a failure must not delete
            // the staging folder while other pages are still being written into it.
            CompanionSink sink = new CompanionSink(companions, staged.folder);
            Folders folders = new Folders();
            List<Rendered> rendered = jobs.parallelStream().map(job -> {
                try {
                    sink.add(renderOne(job, engine, companions, staged.folder, folders));
                    return new Rendered(null);
                } catch (RuntimeException e) {
                    return new Rendered(e);
                }
            }).toList();
            for (Rendered page : rendered) {
                if (page.failure() != null) {
                    throw page.failure();
                }
            }
            staged.files = jobs.size() + sink.finish();
            staged.add(extra);
            return staged;
        } catch (IOException | RuntimeException e) {
            staged.close();
            throw e;
        }
    }

    /** A site written into its staging folder and not yet swapped in; closing it without commit drops it. */
    public static final class Staged implements AutoCloseable {
        private final OutputFolder output;
        private final Path folder;
        private int files;
        private boolean committed;

        private Staged(OutputFolder output, Path folder) {
            this.output = output;
            this.folder = folder;
        }

        /** Writes more files into the staging folder. */
        public void add(List<GeneratedFile> extra) throws IOException {
            for (GeneratedFile file : extra) {
                Path target = folder.resolve(file.path());
                Files.createDirectories(target.getParent());
                file.writeTo(target);
            }
            files += extra.size();
        }

        /** Swaps the staged site in; returns the number of files it holds besides the assets. */
        public int commit() throws IOException {
            output.swapIn(folder);
            committed = true;
            return files;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                deleteTree(folder);
            }
        }
    }

    /** Renders one page and writes it; returns its companion pieces. */
    private static List<PageCompanions.Piece> renderOne(PageJob job, TemplateEngine engine, PageCompanions companions,
            Path staging, Folders folders) {
        try {
            byte[] html = engine.renderUtf8(job.template(), job.page());
            Path target = staging.resolve(job.path());
            folders.make(target.getParent());
            Files.write(target, html);
            return companions.of(job, html);
        } catch (IOException e) {
            throw new UncheckedIOException(job.path() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The folders pages are written into, each made once: {@link Files#createDirectories} on a folder that
     * exists fails a mkdir and builds two exceptions, for every one of 10,000 pages.
     */
    private static final class Folders {
        private final java.util.concurrent.ConcurrentHashMap<Path, Boolean> made = new java.util.concurrent.ConcurrentHashMap<>();

        void make(Path folder) throws IOException {
            try {
                // Other pages of the folder wait until it exists.
                made.computeIfAbsent(folder, f -> {
                    try {
                        Files.createDirectories(f);
                        return Boolean.TRUE;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /** A new empty, marked folder beside the destination, to write a whole site into before {@link #swapIn}. */
    Path staging() throws IOException {
        Files.createDirectories(destination.getParent());
        return OutputFolder.newStaging(destination);
    }

    void swapIn(Path staging) throws IOException {
        OutputFolder.swap(destination, staging);
    }

    /**
     * Copies a folder and everything below it, in a stable order, replacing files that exist. Only
     * folders and regular files are copied: a pipe would block the copy, and links were checked (and
     * refused where they lead out of the published folders) before anything is written. Hidden files
     * and folders (".env", ".git/") are never published.
     */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.sorted().toList()) {
                if (ProjectLayout.isHidden(from.relativize(source))) {
                    continue;
                }
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(source)) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }


    /** Removes a folder and everything below it; a missing folder is fine. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
