package ca.pratiqueshlm.print;

import ca.pratiqueshlm.content.CodeFingerprint;
import ca.pratiqueshlm.output.BuildCache;
import ca.pratiqueshlm.output.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * PDFs already made, in a folder under {@code target/}, keyed by a hash of everything that goes into
 * one: the HTML as the templates write it (content, template, stylesheet, QR code), its address and
 * date, the fonts, the renderer's version and the typography's code. A build after one fiche changed
 * renders only that fiche's PDFs and the booklets that hold it; the others are read back,
 * byte-identical. Self-contained so that a general build cache can take it over.
 */
final class PdfCache {
    /**
     * Our own part of the renderer: bump it when PdfRenderer or what it calls (HeadingOutline,
     * AccessibilityCatalog, LinkDescriptions, EmptyArtifacts, MarkedContentReferences) changes how the
     * same HTML becomes a PDF. The typography is keyed by its code (see typography).
     */
    static final String RENDERER_VERSION = "6";

    private final Path folder;
    private final String toolFingerprint;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    /**
     * The key of each PDF this cache handed out, by array (arrays compare by identity): the key stands
     * for the bytes, so a booklet's key and a page count need not hash or parse them again.
     */
    private final Map<byte[], String> keys = new ConcurrentHashMap<>();
    private final BuildCache pageCounts;

    /**
     * @param folder     where the PDFs are kept; null for no cache (every PDF is rendered)
     * @param pageCounts where the page count of each PDF is kept between builds
     */
    PdfCache(Path folder, String fontFingerprint, BuildCache pageCounts) {
        this.folder = folder;
        this.pageCounts = pageCounts;
        this.toolFingerprint = fontFingerprint + "|" + RENDERER_VERSION + "|" + library(com.openhtmltopdf.pdfboxout.PdfRendererBuilder.class)
                + "|" + library(org.apache.pdfbox.pdmodel.PDDocument.class)
                + "|" + typography();
    }

    /** A PDF renderer that may throw. */
    interface Render {
        byte[] pdf() throws IOException;
    }

    byte[] get(byte[] html, String baseUri, String date, Render render) throws IOException {
        String key = keyFor(html, baseUri, date);
        if (folder == null) {
            // Remembered all the same: what is made from this PDF (a numbered copy, a booklet) takes its
            // identifier from the key, so a build without the cache writes the same bytes as one with it.
            return remember(render.pdf(), key);
        }
        used.add(key);
        Path file = folder.resolve(key + ".pdf");
        if (Files.isRegularFile(file)) {
            return remember(Files.readAllBytes(file), key);
        }
        return made(key, file, render);
    }

    /**
     * As {@link #get}, for a PDF the build publishes at {@code path} and does not read: one found in the
     * cache is copied from it, not read into memory.
     */
    GeneratedFile publish(String path, String html, String baseUri, String date, Render render) throws IOException {
        return publish(path, html.getBytes(StandardCharsets.UTF_8), baseUri, date, render);
    }

    /** As {@link #publish(String, String, String, String, Render)}, for HTML as the templates write it, in UTF-8. */
    GeneratedFile publish(String path, byte[] html, String baseUri, String date, Render render) throws IOException {
        String key = keyFor(html, baseUri, date);
        if (folder == null) {
            return new GeneratedFile(path, remember(render.pdf(), key));
        }
        used.add(key);
        Path file = folder.resolve(key + ".pdf");
        if (Files.isRegularFile(file)) {
            return GeneratedFile.copyOf(path, file);
        }
        return new GeneratedFile(path, made(key, file, render));
    }

    /** Renders a PDF the cache lacks and files it under {@code key}. */
    private byte[] made(String key, Path file, Render render) throws IOException {
        byte[] pdf = render.pdf();
        Files.createDirectories(folder);
        // Written aside then renamed: a build stopped halfway never leaves half a PDF under its key.
        Path part = Files.createTempFile(folder, key, ".part");
        Files.write(part, pdf);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return remember(pdf, key);
    }

    /**
     * The SHA-256 of the renderer's fingerprint, address, date and HTML, one per line. Hashed from the
     * UTF-8 the templates wrote, which the cache's PDFs never decode.
     */
    private String keyFor(byte[] html, String baseUri, String date) {
        MessageDigest digest = digest();
        digest.update((toolFingerprint + "\n" + baseUri + "\n" + date + "\n").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(html));
    }

    /** The page count of a published PDF, read from its bytes only when they are in memory. */
    int pages(GeneratedFile file) {
        if (file.source() == null) {
            return pages(file.bytes());
        }
        String name = file.source().getFileName().toString();
        return pages(name.substring(0, name.length() - ".pdf".length()), file::bytes);
    }

    private byte[] remember(byte[] pdf, String key) {
        keys.put(pdf, key);
        return pdf;
    }

    /**
     * What identifies {@code pdf}: the key it was filed under when it came from this cache (everything
     * that went into it), else the hash of its bytes.
     */
    String keyOf(byte[] pdf) {
        String key = keys.get(pdf);
        return key != null ? key : sha256(pdf);
    }

    /** The number of pages of {@code pdf}, counted once per PDF and kept (parsing a PDF is not free). */
    int pages(byte[] pdf) {
        String key = keys.get(pdf);
        return key == null ? PageBudget.pages(pdf) : pages(key, () -> pdf);
    }

    /** The page count of the PDF filed under {@code key}, kept between builds. */
    private int pages(String key, java.util.function.Supplier<byte[]> pdf) {
        byte[] count = pageCounts.get("pdf-pages", key,
                () -> Integer.toString(PageBudget.pages(pdf.get())).getBytes(StandardCharsets.US_ASCII));
        try {
            return Integer.parseInt(new String(count, StandardCharsets.US_ASCII));
        } catch (NumberFormatException damaged) {
            return PageBudget.pages(pdf.get());
        }
    }

    /** Deletes the PDFs this build did not ask for, so the folder holds one site's worth. */
    void prune() {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".pdf") && !used.contains(name.substring(0, name.length() - 4))) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar a library class comes from: its file name carries the version. */
    private static String library(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source == null ? type.getName() : source.getLocation().toString().replaceAll(".*/", "");
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /**
     * The typography's compiled code: the key is taken on the HTML as the templates write it and the
     * typography is applied after, so a change of its rules must change the key.
     */
    private static String typography() {
        return CodeFingerprint.of(ca.pratiqueshlm.plan.FrenchTypography.implementation(), java.util.List.of());
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
