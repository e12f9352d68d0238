package ca.pratiqueshlm.print;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Removes the empty artifacts openhtmltopdf writes in tagged mode: every box gets a
 * {@code /Artifact /PropN BDC … EMC} for its background, with its own property dictionary, whether it
 * paints one or not. A two-page fiche held about 300 of them, half of its PDF objects; each booklet
 * parsed, copied and wrote them all again. An empty marked sequence marks nothing, so PDF/UA loses
 * nothing; the artifacts that do paint something keep their marks.
 */
final class EmptyArtifacts {
    private static final String ARTIFACT = "Artifact";

    private EmptyArtifacts() {}

    static void remove(PDDocument pdf) throws IOException {
        // Pages may share a resources dictionary: a property list goes only when no page names it.
        Map<COSDictionary, Set<COSName>> named = new IdentityHashMap<>();
        for (PDPage page : pdf.getPages()) {
            List<Object> kept = remove(pdf, page);
            PDResources resources = page.getResources();
            if (resources != null) {
                named.computeIfAbsent(resources.getCOSObject(), r -> new HashSet<>()).addAll(propertyNames(kept));
            }
        }
        named.forEach(EmptyArtifacts::dropUnusedProperties);
    }

    /** Rewrites the page's contents without its empty artifacts; returns the tokens it keeps. */
    private static List<Object> remove(PDDocument pdf, PDPage page) throws IOException {
        if (!page.hasContents()) {
            return List.of();
        }
        List<Object> tokens = new PDFStreamParser(page).parse();
        List<Object> kept = withoutEmptyArtifacts(tokens);
        if (kept.size() < tokens.size()) {
            PDStream contents = new PDStream(pdf);
            try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
                new ContentStreamWriter(out).writeTokens(kept);
            }
            page.setContents(contents);
        }
        return kept;
    }

    /**
     * The tokens without {@code /Artifact <properties> BDC EMC} and {@code /Artifact BMC EMC}; an artifact
     * that held only empty ones becomes empty in turn, as the stack unwinds.
     */
    static List<Object> withoutEmptyArtifacts(List<Object> tokens) {
        List<Object> kept = new ArrayList<>(tokens.size());
        for (Object token : tokens) {
            if (isOperator(token, OperatorName.END_MARKED_CONTENT) && opensEmptyArtifact(kept)) {
                continue;
            }
            kept.add(token);
        }
        return kept;
    }

    /** Removes the opening of an artifact from the end of {@code kept}, if it ends with one. */
    private static boolean opensEmptyArtifact(List<Object> kept) {
        int size = kept.size();
        if (size >= 3 && isOperator(kept.get(size - 1), OperatorName.BEGIN_MARKED_CONTENT_SEQ)
                && isArtifactTag(kept.get(size - 3))
                && (kept.get(size - 2) instanceof COSName || kept.get(size - 2) instanceof COSDictionary)) {
            kept.subList(size - 3, size).clear();
            return true;
        }
        if (size >= 2 && isOperator(kept.get(size - 1), OperatorName.BEGIN_MARKED_CONTENT)
                && isArtifactTag(kept.get(size - 2))) {
            kept.subList(size - 2, size).clear();
            return true;
        }
        return false;
    }

    /** The property lists that marked sequences and points name. */
    private static Set<COSName> propertyNames(List<Object> tokens) {
        Set<COSName> named = new HashSet<>();
        for (int i = 1; i < tokens.size(); i++) {
            Object operator = tokens.get(i);
            if (tokens.get(i - 1) instanceof COSName name
                    && (isOperator(operator, OperatorName.BEGIN_MARKED_CONTENT_SEQ)
                            || isOperator(operator, OperatorName.MARKED_CONTENT_POINT_WITH_PROPS))) {
                named.add(name);
            }
        }
        return named;
    }

    /** Property lists no marked sequence names any more are not written. */
    private static void dropUnusedProperties(COSDictionary resources, Set<COSName> named) {
        COSDictionary properties = resources.getCOSDictionary(COSName.PROPERTIES);
        if (properties == null) {
            return;
        }
        for (COSName key : new ArrayList<>(properties.keySet())) {
            if (!named.contains(key)) {
                properties.removeItem(key);
            }
        }
    }

    private static boolean isArtifactTag(Object token) {
        return token instanceof COSName name && ARTIFACT.equals(name.getName());
    }

    private static boolean isOperator(Object token, String name) {
        return token instanceof Operator operator && operator.getName().equals(name);
    }
}
