package ca.pratiqueshlm.markdown;

import ca.pratiqueshlm.content.CodeFingerprint;
import java.util.List;

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
    static final String VALUE = CodeFingerprint.of(CODE, LIBRARIES);

    private RendererFingerprint() {}
}
