package ca.pratiqueshlm.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The seam to the template engine. The model, validation and indexes never see the engine; only
 * {@code render.jbake} implements this, so JBake could be replaced in one place.
 */
public interface TemplateEngine {
    /**
     * Renders {@code template} (a file name in {@code templates/}) with {@code page} as its data model:
     * the template sees the record's components by name ({@code page.title}, {@code fiche.summary}...).
     */
    void render(String template, Record page, Writer out) throws IOException;

    /**
     * The rendering as UTF-8, the form pages are written in: an engine that keeps renderings as bytes
     * gives them as they are (decoding a kept page and encoding it again was most of the cost of writing
     * it, French text making every page a two-byte string).
     */
    default byte[] renderUtf8(String template, Record page) throws IOException {
        StringWriter out = new StringWriter(16_384);
        render(template, page, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads and compiles {@code template} ahead of its first rendering, on the caller's thread, where the
     * engine keeps compiled templates; a template it cannot read is reported when it is rendered.
     */
    default void prepare(String template) {}

    /**
     * Classes whose code decides what a rendering gives (this engine's, and the libraries it drives):
     * a cache of renderings keys on their bytes, so a code change or an upgrade never reads back a stale page.
     */
    default List<Class<?>> implementation() {
        return List.of(getClass());
    }
}
