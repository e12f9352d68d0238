package ca.pratiqueshlm.output;

import ca.pratiqueshlm.content.Digests;
import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.output.PageCompanions.Piece;
import ca.pratiqueshlm.plan.PageJob;
import ca.pratiqueshlm.render.TemplateEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Keeps a written site up to date for the preview: a page is rendered again only if its model or its
 * template fingerprint changed, a file is written only if its bytes changed (each by an atomic move, so
 * the server never sends half a file), and files no longer produced are removed. Everything is
 * rendered before anything is written, so a template error leaves the site as it was. The first call
 * writes the whole site like {@link SiteWriter} (staging, then swap). The result is the clean build's
 * output, byte for byte (IncrementalBuildTest).
 */
public final class IncrementalWriter {
    private final Path destination;
    // Owned by this writer and changed in place by writeAhead: copying them for one page cost more than
    // writing it, at a thousand fiches.
    /** What each page on disk was rendered from. */
    private Map<String, Memo> pages = new HashMap<>();
    /** Every file on disk, relative path to SHA-256. */
    private Map<String, String> files = new HashMap<>();
    /** The companion pieces of each page on disk ({@link PageCompanions}), kept with a page not rendered again. */
    private Map<String, List<Piece>> piecesOf = new HashMap<>();
    /** The pieces each companion file on disk was made of: a file whose pieces are the same is not made again. */
    private Map<String, List<Piece>> companionFiles = new HashMap<>();
    private boolean written;

    private record Memo(String template, String fingerprint, Record page) {}

    public IncrementalWriter(Path destination) {
        this.destination = destination.toAbsolutePath().normalize();
    }

    /** Brings the site up to date; returns the relative paths written or removed, sorted. */
    public Set<String> write(List<PageJob> jobs, TemplateFingerprints templates, TemplateEngine engine, Path assets,
            List<GeneratedFile> extra, PageCompanions companions) throws IOException {
        return apply(prepare(jobs, templates, engine, assets, extra, companions));
    }

    /**
     * Everything {@link #write} does but writing, and what it would write: the preview's rehearsals run
     * it so the JIT has compiled it before the first save. Changes nothing, on disk or here.
     *
     * @return how many files a write would replace
     */
    public int rehearse(List<PageJob> jobs, TemplateFingerprints templates, TemplateEngine engine, Path assets,
            List<GeneratedFile> extra, PageCompanions companions) throws IOException {
        Prepared prepared = prepare(jobs, templates, engine, assets, extra, companions);
        return (int) prepared.content().keySet().stream()
                .filter(path -> !prepared.digests().get(path).equals(files.get(path))).count();
    }

    /**
     * A write worked out: the pages' memos, the bytes to write, every file's digest, each page's
     * companion pieces and each companion file's.
     */
    private record Prepared(Map<String, Memo> memos, Map<String, byte[]> content, Map<String, String> digests,
            Map<String, List<Piece>> madeWith, Map<String, List<Piece>> companionFiles) {}

    /** Renders what changed and digests everything, writing nothing. */
    private Prepared prepare(List<PageJob> jobs, TemplateFingerprints templates, TemplateEngine engine, Path assets,
            List<GeneratedFile> extra, PageCompanions companions) throws IOException {
        Map<String, Memo> memos = new HashMap<>();
        for (PageJob job : jobs) {
            memos.put(job.path(), new Memo(job.template(), templates.of(job.template()), job.page()));
        }
        Map<String, byte[]> content = new ConcurrentHashMap<>();
        Map<String, List<Piece>> madeWith = new ConcurrentHashMap<>();
        jobs.parallelStream()
                .filter(job -> !written || !memos.get(job.path()).equals(pages.get(job.path())))
                .forEach(job -> madeWith.put(job.path(), renderInto(content, job, engine, companions)));
        for (GeneratedFile file : extra) {
            content.put(file.path(), file.bytes());
        }
        readAssets(assets, content);
        Map<String, String> digests = new HashMap<>();
        for (PageJob job : jobs) {
            if (!content.containsKey(job.path())) {
                digests.put(job.path(), files.get(job.path()));
                madeWith.put(job.path(), piecesOf.getOrDefault(job.path(), List.of()));
            }
        }
        Map<String, List<Piece>> byFile = companions.byFile(
                madeWith.values().stream().flatMap(List::stream).toList(), null);
        byFile.forEach((file, pieces) -> {
            if (written && pieces.equals(companionFiles.get(file))) {
                digests.put(file, files.get(file));
            } else {
                content.put(file, PageCompanions.bytes(pieces));
            }
        });
        content.forEach((path, bytes) -> digests.put(path, Digests.sha256(bytes)));
        return new Prepared(memos, content, digests, madeWith, byFile);
    }

    private Set<String> apply(Prepared prepared) throws IOException {
        Map<String, byte[]> content = prepared.content();
        Map<String, String> digests = prepared.digests();
        Set<String> changed = new TreeSet<>();
        boolean full = !written || !Files.isDirectory(destination);
        written = false; // until this write has completed
        if (full) {
            writeWhole(content);
            changed.addAll(content.keySet());
        } else {
            for (Map.Entry<String, byte[]> file : content.entrySet()) {
                if (!digests.get(file.getKey()).equals(files.get(file.getKey()))) {
                    replace(file.getKey(), file.getValue());
                    changed.add(file.getKey());
                }
            }
            for (String old : files.keySet()) {
                if (!digests.containsKey(old)) {
                    remove(old);
                    changed.add(old);
                }
            }
        }
        pages = prepared.memos();
        files = digests;
        piecesOf = prepared.madeWith();
        companionFiles = prepared.companionFiles();
        written = true;
        return changed;
    }

    /**
     * Writes one page and its companions ahead of the rest of the site (the preview's edited fiche, so
     * its reload does not wait for the indexes), if its model or template changed since the last write.
     * The next {@link #write} then takes it as done. Does nothing before a first whole write.
     *
     * @return the relative paths written, sorted
     */
    public Set<String> writeAhead(PageJob job, TemplateFingerprints templates, TemplateEngine engine,
            PageCompanions companions) throws IOException {
        Memo memo = new Memo(job.template(), templates.of(job.template()), job.page());
        if (!written || !Files.isDirectory(destination) || memo.equals(pages.get(job.path()))) {
            return Set.of();
        }
        Map<String, byte[]> content = new HashMap<>();
        List<Piece> made = renderInto(content, job, engine, companions);
        // The companion files that held or now hold this page's pieces, made again from every page's.
        Set<String> touched = new HashSet<>();
        Stream.concat(made.stream(), piecesOf.getOrDefault(job.path(), List.of()).stream())
                .forEach(piece -> touched.add(companions.fileOf(piece.key())));
        Map<String, List<Piece>> others = new HashMap<>(piecesOf);
        others.put(job.path(), made);
        Map<String, List<Piece>> remade = companions.byFile(
                others.values().stream().flatMap(List::stream).toList(), touched);
        remade.forEach((file, pieces) -> content.put(file, PageCompanions.bytes(pieces)));
        Set<String> changed = new TreeSet<>();
        written = false; // until the files and what is known of them agree again
        for (Map.Entry<String, byte[]> file : content.entrySet()) {
            String digest = Digests.sha256(file.getValue());
            if (!digest.equals(files.get(file.getKey()))) {
                replace(file.getKey(), file.getValue());
                changed.add(file.getKey());
            }
            files.put(file.getKey(), digest);
        }
        pages.put(job.path(), memo);
        piecesOf.put(job.path(), made);
        companionFiles.putAll(remade);
        written = true;
        return changed;
    }

    /** Renders a page into {@code content}; returns its companion pieces. */
    private static List<Piece> renderInto(Map<String, byte[]> content, PageJob job, TemplateEngine engine,
            PageCompanions companions) {
        byte[] html = render(job, engine);
        content.put(job.path(), html);
        return companions.of(job, html);
    }

    private static byte[] render(PageJob job, TemplateEngine engine) {
        try {
            return engine.renderUtf8(job.template(), job.page());
        } catch (IOException e) {
            throw new UncheckedIOException(job.path() + ": " + e.getMessage(), e);
        }
    }

    private static void readAssets(Path assets, Map<String, byte[]> content) throws IOException {
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            // As SiteWriter.copyTree: hidden files and folders are never published.
            for (Path file : walk.filter(Files::isRegularFile)
                    .filter(file -> !ProjectLayout.isHidden(assets.relativize(file))).toList()) {
                content.put("assets/" + assets.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
    }

    private void writeWhole(Map<String, byte[]> content) throws IOException {
        SiteWriter writer = new SiteWriter(destination);
        Path staging = writer.staging();
        try {
            for (Map.Entry<String, byte[]> file : content.entrySet()) {
                Path target = staging.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            writer.swapIn(staging);
        } catch (IOException | RuntimeException e) {
            SiteWriter.deleteTree(staging);
            throw e;
        }
    }

    private void replace(String path, byte[] bytes) throws IOException {
        Path target = destination.resolve(path);
        Files.createDirectories(target.getParent());
        // Not Files.createTempFile: its file is private to its owner (0600), and the page would keep that
        // mode, unlike the same page written by a clean build.
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        try {
            Files.write(temporary, bytes, java.nio.file.StandardOpenOption.CREATE_NEW);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Removes a file and the folders it leaves empty, as a clean build would not have them. */
    private void remove(String path) throws IOException {
        Path target = destination.resolve(path);
        Files.deleteIfExists(target);
        for (Path folder = target.getParent(); folder != null && !folder.equals(destination); folder = folder.getParent()) {
            try (Stream<Path> left = Files.list(folder)) {
                if (left.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(folder);
        }
    }
}
