package ca.pratiqueshlm.render.jbake;

import ca.pratiqueshlm.render.TemplateEngine;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * Renders our Freemarker templates through JBake's {@link FreemarkerTemplateEngine}. We use JBake for
 * its template engine and configuration only: no OrientDB store is started (the engine is given none,
 * and our model keys avoid the names JBake would look up in a store), and no crawl happens, since our
 * own loader has already validated and indexed the content. See docs/ARCHITECTURE.md.
 */
public final class JBakeTemplateEngine implements TemplateEngine {
    private final FreemarkerTemplateEngine engine;

    static {
        // Route Freemarker's logging through SLF4J (logback.xml silences it): errors reach the
        // editor once, as our own message, instead of as a Java stack trace on the console.
        System.setProperty(freemarker.log.Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY, "SLF4J");
    }

    public JBakeTemplateEngine(Path projectRoot, Path templates, Path destination) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .setEncoding("UTF-8")
                .createDefaultJbakeConfiguration(projectRoot.toFile(), destination.toFile(), false);
        config.setTemplateFolder(templates.toFile());
        config.setProperty("template.encoding", "UTF-8");
        config.setProperty("render.encoding", "UTF-8");
        this.engine = new FreemarkerTemplateEngine(config, null);
    }

    @Override
    public void render(String template, Map<String, Object> model, Writer out) throws IOException {
        TemplateModel jbakeModel = new TemplateModel();
        model.forEach((key, value) -> jbakeModel.put(key, TemplateTree.of(value)));
        try {
            engine.renderDocument(jbakeModel, template, out);
        } catch (RenderingException e) {
            throw new IOException("template " + template + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

}
