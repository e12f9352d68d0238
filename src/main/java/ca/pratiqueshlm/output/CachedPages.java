package ca.pratiqueshlm.output;

import ca.pratiqueshlm.content.Digests;
import ca.pratiqueshlm.render.TemplateEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Keeps each rendered page in the build cache ({@code target/cache/pages}), so a new process on an
 * unchanged or slightly changed project renders only the pages whose input changed. The key is the
 * page's record written out whole ({@link PageKey}), its template's fingerprint (its text and those it
 * includes) and a fingerprint of the code that renders: our classes and the template engine's jars.
 * Equal model and template give equal bytes (the preview relies on it too); CachedBuildTest checks a
 * cached build against a {@code --sans-cache} one, byte for byte, after content and template edits.
 */
public final class CachedPages implements TemplateEngine {
    static final String STAGE = "pages";
    /** The largest identity buffer a thread keeps between pages. */
    private static final int KEPT_BUFFER = 1 << 20;

    private final TemplateEngine engine;
    private final TemplateFingerprints templates;
    private final BuildCache cache;
    private final PageKey keys = new PageKey();
    /**
     * Each thread's buffer for the identities, used again page after page: a new buffer per page, grown
     * as the key was written, allocated about twice the keys' size (half a gigabyte at 10,000 fiches).
     * Taken out while in use, so a rendering that asks for another page on the same thread gets its own.
     */
    private final ThreadLocal<Utf8Buffer[]> spareIdentity = ThreadLocal.withInitial(() -> new Utf8Buffer[1]);
    private final String code;

    /** @param engine the engine that renders what is not kept yet (typography included) */
    public CachedPages(TemplateEngine engine, TemplateFingerprints templates, BuildCache cache) {
        this.engine = engine;
        this.templates = templates;
        this.cache = cache;
        this.code = codeFingerprint(java.util.stream.Stream.concat(Stream.of(CachedPages.class),
                engine.implementation().stream()).toList());
    }

    @Override
    public void render(String template, Record page, Writer out) throws IOException {
        out.write(new String(renderUtf8(template, page), StandardCharsets.UTF_8));
    }

    /** The kept bytes as they are, for the writers. */
    @Override
    public byte[] renderUtf8(String template, Record page) throws IOException {
        Utf8Buffer[] spare = spareIdentity.get();
        Utf8Buffer buffer = spare[0] != null ? spare[0] : new Utf8Buffer(16_384);
        spare[0] = null;
        try {
            return renderUtf8(template, page, buffer);
        } finally {
            // A buffer grown for an unusually large key (a booklet's) is not held on to.
            spare[0] = buffer.capacity() <= KEPT_BUFFER ? buffer : null;
        }
    }

    private byte[] renderUtf8(String template, Record page, Utf8Buffer buffer) throws IOException {
        Utf8Buffer identity = BuildCache.identity(buffer, STAGE).append(code).append('\0').append(template)
                .append('\0').append(templates.of(template)).append('\0');
        if (!keys.append(identity, page)) {
            return engine.renderUtf8(template, page);
        }
        try {
            return cache.getFromDisk(STAGE, identity, () -> renderNow(template, page));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private byte[] renderNow(String template, Record page) {
        try {
            return engine.renderUtf8(template, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What renders a page: the bytes of our own jar or class folder, and each library jar's name (which
     * carries its version, as Maven lays them out) and size. Any change of our code or a library upgrade
     * gives new keys; unknown code gives a key no other process used. Libraries are not read whole: the
     * template engine's jar alone is 2 MB, hashed on every build before the first page is written.
     */
    private static String codeFingerprint(List<Class<?>> classes) {
        try {
            Digests.Checksum digest = new Digests.Checksum();
            Path own = location(CachedPages.class);
            for (Path location : classes.stream().map(CachedPages::location).distinct().toList()) {
                if (location == null) {
                    return UUID.randomUUID().toString();
                }
                if (Files.isDirectory(location)) {
                    try (Stream<Path> files = Files.walk(location)) {
                        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                            digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                            digest.update(Files.readAllBytes(file));
                        }
                    }
                } else if (location.equals(own)) {
                    try (InputStream in = Files.newInputStream(location)) {
                        digest.update(in.readAllBytes());
                    }
                } else {
                    digest.update((location.getFileName() + "\0" + Files.size(location) + "\0")
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            return digest.hex();
        } catch (IOException | RuntimeException e) {
            return UUID.randomUUID().toString();
        }
    }

    /** The jar or class folder {@code type} was loaded from; null when unknown. */
    private static Path location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        try {
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
