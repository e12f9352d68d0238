package ca.pratiqueshlm.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * What a kept rendering depends on besides its Markdown: the bytes of this package's classes and the
 * files flexmark and jsoup were loaded from (their names carry their versions). Any change to the
 * renderer or a library upgrade gives new keys, so no stale rendering is ever read back.
 */
final class RendererFingerprint {
    private static final List<Class<?>> CODE = List.of(MarkdownRenderer.class, HtmlNormaliser.class,
            NestingLimits.class, RendererFingerprint.class);
    private static final List<Class<?>> LIBRARIES = List.of(com.vladsch.flexmark.parser.Parser.class,
            com.vladsch.flexmark.html.HtmlRenderer.class, com.vladsch.flexmark.ext.tables.TablesExtension.class,
            com.vladsch.flexmark.ext.autolink.AutolinkExtension.class, org.jsoup.Jsoup.class);
    /** Computed once per process: a few class files read. */
    static final String VALUE = compute();

    private RendererFingerprint() {}

    private static String compute() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Class<?> type : CODE) {
                try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                    if (in == null) {
                        return unique();
                    }
                    digest.update(in.readAllBytes());
                }
            }
            for (Class<?> type : LIBRARIES) {
                var source = type.getProtectionDomain().getCodeSource();
                if (source == null) {
                    return unique();
                }
                digest.update(source.getLocation().toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException | SecurityException e) {
            return unique();
        }
    }

    /** Unknown code: a key no earlier process used, so nothing kept is trusted. */
    private static String unique() {
        return UUID.randomUUID().toString();
    }
}
