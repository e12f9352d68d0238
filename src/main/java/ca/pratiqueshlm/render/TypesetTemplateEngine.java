package ca.pratiqueshlm.render;

import ca.pratiqueshlm.plan.FrenchTypography;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Set;

/**
 * Applies Quebec French typography to what another engine renders, once, at build time: the text of
 * HTML pages, and the human-readable elements of the feed. The sitemap holds only addresses and is
 * left alone.
 */
public final class TypesetTemplateEngine implements TemplateEngine {
    private static final Set<String> FEED_TEXT = Set.of("title", "subtitle", "summary", "name");

    private final TemplateEngine engine;

    public TypesetTemplateEngine(TemplateEngine engine) {
        this.engine = engine;
    }

    @Override
    public void render(String template, Record page, Writer out) throws IOException {
        StringWriter rendered = new StringWriter(16_384);
        engine.render(template, page, rendered);
        out.write(typeset(template, rendered.toString()));
    }

    @Override
    public java.util.List<Class<?>> implementation() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(getClass()), engine.implementation().stream()).toList();
    }

    private static String typeset(String template, String output) {
        if (template.startsWith("sitemap")) {
            return output;
        }
        if (template.startsWith("feed")) {
            return FrenchTypography.xml(output, FEED_TEXT);
        }
        return FrenchTypography.html(output);
    }
}
