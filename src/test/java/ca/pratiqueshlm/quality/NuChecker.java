package ca.pratiqueshlm.quality;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker, set up once: {@link EmbeddedValidator} reloads its schemas for every document
 * (seconds each), while one {@link SimpleDocumentValidator} checks a whole site in a few seconds.
 */
final class NuChecker {
    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    NuChecker() throws Exception {
        validator = new SimpleDocumentValidator(true, false, true);
        validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, collector);
        validator.setUpValidatorAndParsers(collector, false, false);
    }

    /** The errors of one HTML file, as "line:column: message". */
    List<String> errors(File html) throws Exception {
        collector.errors.clear();
        validator.checkHtmlFile(html, true);
        return List.copyOf(collector.errors);
    }

    /** Keeps errors; warnings (advice such as "consider adding a lang attribute") do not fail the gate. */
    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
