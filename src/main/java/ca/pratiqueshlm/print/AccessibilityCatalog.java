package ca.pratiqueshlm.print;

import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The catalog entries of a PDF/UA-1 document (XMP metadata, marked content, language, title shown), as
 * openhtmltopdf writes them, in the same order and with the same bytes, but without what it writes
 * them with: xmpbox's schema classes and the JDK's XSLT serializer, which a process initialises on its
 * first PDF (some 130 ms of CPU in a fresh JVM; docs/BENCHMARK.md, eighteenth session). After an edit
 * that first PDF is the one the build waits for. The bytes no longer depend on the XSLT implementation
 * the class path holds either.
 *
 * <p>Installed as the renderer's creation listener, which openhtmltopdf calls just before it would
 * write these entries itself; its own writing is turned off for that renderer. Where that cannot be
 * done (a later openhtmltopdf without the switch), both write the same entries and only the time is lost.
 */
final class AccessibilityCatalog implements PDFCreationListener {
    private static final Field LIBRARY_METADATA = libraryMetadataSwitch();

    private AccessibilityCatalog() {}

    /** Makes {@code renderer} write its catalog entries through this class. */
    static void install(PdfBoxRenderer renderer) {
        renderer.setListener(new AccessibilityCatalog());
        if (LIBRARY_METADATA != null) {
            try {
                LIBRARY_METADATA.setBoolean(renderer, false);
            } catch (IllegalAccessException e) {
                // The library writes the same entries after ours.
            }
        }
    }

    /** Whether openhtmltopdf's own writing of these entries is turned off (else both write them). */
    static boolean replacesLibraryMetadata() {
        return LIBRARY_METADATA != null;
    }

    @Override
    public void preOpen(PdfBoxRenderer renderer) {}

    @Override
    public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        var device = renderer.getOutputDevice();
        String title = last(device.getMetadataListByName("title"));
        String author = last(device.getMetadataListByName("author"));
        String subject = last(device.getMetadataListByName("subject"));
        PDDocument document = renderer.getPdfDocument();
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(document);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMetadata(metadata);
        catalog.setMarkInfo(markInfo);
        String lang = renderer.getDocument().getDocumentElement().getAttribute("lang");
        catalog.setLanguage(!lang.isEmpty() ? lang : "EN-US");
        catalog.setViewerPreferences(new PDViewerPreferences(new COSDictionary()));
        catalog.getViewerPreferences().setDisplayDocTitle(true);
        try {
            metadata.importXMPMetadata(XmpPacket.pdfUa(title, author, subject).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As openhtmltopdf fills the document information: the last {@code <meta>} of a name wins. */
    private static String last(java.util.List<String> values) {
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }

    @Override
    public void onClose(PdfBoxRenderer renderer) {}

    /** openhtmltopdf's private flag that makes it write the PDF/UA catalog entries; null if absent. */
    private static Field libraryMetadataSwitch() {
        try {
            Field field = PdfBoxRenderer.class.getDeclaredField("_pdfUaConformance");
            field.setAccessible(true);
            return field.getType() == boolean.class ? field : null;
        } catch (NoSuchFieldException | RuntimeException e) {
            return null;
        }
    }
}
