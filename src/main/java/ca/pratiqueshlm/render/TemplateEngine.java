package ca.pratiqueshlm.render;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The seam to the template engine. The model, validation and indexes never see the engine; only
 * {@code render.jbake} implements this, so JBake could be replaced in one place.
 */
public interface TemplateEngine {
    /**
     * Renders {@code template} (a file name in {@code templates/}) with {@code model}, whose values are
     * view records, lists, strings and numbers.
     */
    void render(String template, Map<String, Object> model, Writer out) throws IOException;
}
