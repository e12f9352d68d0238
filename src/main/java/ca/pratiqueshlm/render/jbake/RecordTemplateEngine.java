package ca.pratiqueshlm.render.jbake;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * Our Freemarker engine, plugged into JBake through its own extension point: an
 * {@link AbstractTemplateEngine} named in {@code META-INF/org.jbake.parser.TemplateEngines.properties},
 * which JBake's {@code TemplateEngines} registry loads by file extension.
 *
 * <p>JBake's stock {@code FreemarkerTemplateEngine} fixes Freemarker's compatibility at 2.3.0, whose
 * object wrapper cannot read records, and resolves names such as {@code db}, {@code data} or
 * {@code tags} from its content store. This one runs at the current compatibility level, where the
 * default object wrapper exposes record components as properties (Freemarker 2.3.33+), and passes the
 * page record to the template as it is: no copy into maps, no reserved names.
 */
public final class RecordTemplateEngine extends AbstractTemplateEngine {
    private final Configuration freemarker;

    /** The constructor JBake's registry calls. */
    public RecordTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setDefaultEncoding(config.getRenderEncoding());
        freemarker.setOutputEncoding(config.getOutputEncoding());
        // Errors reach the editor once, as our own message: no stack trace printed into the page or logged.
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        try {
            freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
        } catch (IOException e) {
            throw new IllegalStateException("templates folder " + config.getTemplateFolder() + ": " + e.getMessage(), e);
        }
    }

    /** Renders one page record; the template reads its components by name. */
    public void render(String templateName, Record page, Writer writer) throws RenderingException {
        process(templateName, page, writer);
    }

    /** Compiles {@code templateName} into Freemarker's template cache; an error waits for its rendering. */
    void prepare(String templateName) {
        try {
            freemarker.getTemplate(templateName);
        } catch (IOException e) {
            // Reported, with its position, by the rendering that needs the template.
        }
    }

    /** JBake's own entry point, with a map model; kept working for any JBake caller. */
    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        process(templateName, model, writer);
    }

    private void process(String templateName, Object model, Writer writer) throws RenderingException {
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(model, writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }
}
