package ca.pratiqueshlm.render.jbake;

import ca.pratiqueshlm.render.TemplateEngine;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.TemplateEngines;

/**
 * Renders our Freemarker templates through JBake: its configuration, and the engine its
 * {@link TemplateEngines} registry holds for {@value #EXTENSION}, which is our
 * {@link RecordTemplateEngine}. No OrientDB store is started (the registry is given none) and no crawl
 * happens, since our own loader has already validated and indexed the content. See docs/ARCHITECTURE.md.
 */
public final class JBakeTemplateEngine implements TemplateEngine {
    /** The extension our engine claims in JBake's registry (META-INF/org.jbake.parser.TemplateEngines.properties). */
    static final String EXTENSION = "ftlh";

    private final RecordTemplateEngine engine;

    static {
        // Route Freemarker's logging through SLF4J (simplelogger.properties keeps it quiet): errors reach
        // the editor once, as our own message, instead of as a Java stack trace on the console.
        System.setProperty(freemarker.log.Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY, "SLF4J");
    }

    public JBakeTemplateEngine(Path projectRoot, Path templates, Path destination) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .setEncoding("UTF-8")
                .createDefaultJbakeConfiguration(projectRoot.toFile(), destination.toFile(), false);
        config.setTemplateFolder(templates.toFile());
        config.setProperty("template.encoding", "UTF-8");
        config.setProperty("render.encoding", "UTF-8");
        AbstractTemplateEngine registered = new TemplateEngines(config, null).getEngine(EXTENSION);
        if (!(registered instanceof RecordTemplateEngine records)) {
            throw new IllegalStateException("JBake's template registry has no " + RecordTemplateEngine.class.getName()
                    + " for ." + EXTENSION + " (found " + registered + ")");
        }
        this.engine = records;
    }

    @Override
    public void render(String template, Record page, Writer out) throws IOException {
        try {
            engine.render(template, page, out);
        } catch (RenderingException e) {
            throw new IOException("template " + template + ": " + rootMessage(e), e);
        }
    }

    @Override
    public void prepare(String template) {
        engine.prepare(template);
    }

    /** Ours, then Freemarker's and JBake's jars. */
    @Override
    public java.util.List<Class<?>> implementation() {
        return java.util.List.of(getClass(), freemarker.template.Template.class, AbstractTemplateEngine.class);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
