package ca.pratiqueshlm.print;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/**
 * PDF/UA-1 (7.18.5) wants every link annotation to say where it goes in its Contents entry, which
 * openhtmltopdf leaves empty: a screen reader announces it instead of a bare "link".
 */
final class LinkDescriptions {
    private LinkDescriptions() {}

    static void add(PDDocument pdf) throws IOException {
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    link.setContents(describe(pdf, link));
                }
            }
        }
    }

    private static String describe(PDDocument pdf, PDAnnotationLink link) throws IOException {
        if (link.getAction() instanceof PDActionURI uri) {
            return "Lien vers " + uri.getURI();
        }
        var destination = link.getDestination();
        if (destination == null && link.getAction() instanceof PDActionGoTo goTo) {
            destination = goTo.getDestination();
        }
        if (destination instanceof PDPageDestination page) {
            int index = page.retrievePageNumber();
            if (index >= 0) {
                return "Aller à la page " + (index + 1);
            }
        }
        return "Lien dans le document";
    }
}
