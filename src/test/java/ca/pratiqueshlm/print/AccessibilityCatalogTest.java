package ca.pratiqueshlm.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The PDF/UA catalog entries we write in place of openhtmltopdf's are its own, byte for byte, whatever
 * the title, author and description hold.
 */
class AccessibilityCatalogTest {
    private static final String[] TEXTS = {
        "Multiboulot (version forum)",
        "Loisirs & « vivre ensemble » : l’été <2026> \"citations\" 'apostrophes' — fin",
        "Retour\rchariot, tabulation\tet saut\nde ligne",
        "",
    };

    /**
     * The packet is the one openhtmltopdf builds with xmpbox for a PDF/UA document, serialized by the
     * JDK's own XSLT implementation, as in the tool's jar (the tests' class path also holds Saxon, which
     * lays XML out otherwise).
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void theXmpPacketIsXmpboxsThroughTheJdksSerializer(int which) throws Exception {
        String text = TEXTS[which];
        String title = text;
        String author = "Éditeur " + text;
        String subject = "Résumé " + text;
        assertEquals(library(title, author, subject), XmpPacket.pdfUa(title, author, subject));
        assertEquals(library(null, null, subject), XmpPacket.pdfUa(null, null, subject));
        assertEquals(library(title, null, null), XmpPacket.pdfUa(title, null, null));
    }

    /**
     * Everything else in the PDF is what openhtmltopdf writes when left to itself: with the packet made
     * equal in both, the files are the same byte for byte (catalog entries, their order, object numbers).
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void theCatalogIsTheLibrarysByteForByte(int which) throws Exception {
        String text = TEXTS[which];
        String html = "<!DOCTYPE html><html lang=\"fr-CA\"><head><meta charset=\"utf-8\"><title>" + escape(text)
                + "</title><meta name=\"author\" content=\"" + escape("Éditeur " + text) + "\">"
                + "<meta name=\"subject\" content=\"" + escape("Résumé " + text) + "\">"
                + "<style>@page { size: letter; margin: 15mm; } body { font-family: \"DejaVu Sans\"; }</style>"
                + "</head><body><h1>Essai</h1><p>Un paragraphe.</p></body></html>";
        assertArrayEquals(render(html, false), render(html, true));
    }

    @Test
    void theRenderersPdfsAreTaggedWithTheirMetadataAndLanguage() throws Exception {
        String html = "<!DOCTYPE html><html lang=\"fr-CA\"><head><meta charset=\"utf-8\"><title>Place de la Rive</title>"
                + "<meta name=\"subject\" content=\"Un milieu de vie\"></head><body><p>Texte.</p></body></html>";
        byte[] pdf = new PdfRenderer(PdfFonts.load()).render(html, "https://exemple.test/",
                PdfRenderer.utcDate(LocalDate.of(2026, 1, 1)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertEquals("fr-CA", catalog.getLanguage());
            assertTrue(catalog.getMarkInfo().isMarked());
            assertTrue(catalog.getViewerPreferences().displayDocTitle());
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<rdf:li xml:lang=\"x-default\">Place de la Rive</rdf:li>"), xmp);
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
        }
    }

    /** openhtmltopdf still has the switch this class turns off: without it both write the same entries. */
    @Test
    void theLibrarysOwnWritingIsTurnedOff() {
        assertTrue(AccessibilityCatalog.replacesLibraryMetadata(),
                "openhtmltopdf changed: its XMP writer runs again in every PDF (see AccessibilityCatalog)");
    }

    private static byte[] render(String html, boolean ours) throws Exception {
        PDDocument target = new PDDocument();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "https://exemple.test/");
        builder.usePDDocument(target);
        PdfFonts.load().register(builder, target);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (target; PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            if (ours) {
                AccessibilityCatalog.install(renderer);
            }
            renderer.layout();
            try (PDDocument pdf = renderer.createPDFKeepOpen()) {
                // The library dates the document by the clock: the same date for both.
                pdf.getDocumentInformation().setCreationDate(PdfRenderer.utcDate(LocalDate.of(2026, 1, 1)));
                pdf.setDocumentId(1L);
                // The library's packet depends on the class path's XSLT implementation (above).
                pdf.getDocumentCatalog().getMetadata().importXMPMetadata(new byte[] {'x'});
                pdf.save(out);
            }
        }
        return out.toByteArray();
    }

    /** The packet openhtmltopdf writes for a PDF/UA document (PdfBoxRenderer.addPdfASchema), in xmpbox's terms. */
    private static String library(String title, String author, String subject) throws Exception {
        XMPMetadata metadata = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = metadata.createAndAddDublinCoreSchema();
        dc.setFormat("application/pdf");
        if (author != null) {
            dc.addCreator(author);
        }
        if (title != null) {
            dc.setTitle(title);
        }
        if (subject != null) {
            dc.setDescription(subject);
        }
        PDFAExtensionSchema extension = metadata.createAndAddPDFAExtensionSchemaWithDefaultNS();
        extension.addNamespace("http://www.aiim.org/pdfa/ns/extension/", "pdfaExtension");
        extension.addNamespace("http://www.aiim.org/pdfa/ns/schema#", "pdfaSchema");
        extension.addNamespace("http://www.aiim.org/pdfa/ns/property#", "pdfaProperty");
        XMPSchema part = new XMPSchema(XMPMetadata.createXMPMetadata(), "pdfaProperty", "pdfaProperty", "pdfaProperty");
        part.setTextPropertyValue("name", "part");
        part.setTextPropertyValue("valueType", "Integer");
        part.setTextPropertyValue("category", "internal");
        part.setTextPropertyValue("description", "Indicates, which part of ISO 14289 standard is followed");
        XMPSchema schema = new XMPSchema(XMPMetadata.createXMPMetadata(), "pdfaSchema", "pdfaSchema", "pdfaSchema");
        schema.setTextPropertyValue("schema", "PDF/UA Universal Accessibility Schema");
        schema.setTextPropertyValue("namespaceURI", "http://www.aiim.org/pdfua/ns/id/");
        schema.setTextPropertyValue("prefix", "pdfuaid");
        schema.addUnqualifiedSequenceValue("property", part);
        extension.addBagValue("schemas", schema);
        extension.addNamespace("http://www.aiim.org/pdfua/ns/id/", "pdfuaid");
        extension.setPrefix("pdfuaid");
        extension.setTextPropertyValue("part", "1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XmpSerializer(TransformerFactory.newDefaultInstance(), DocumentBuilderFactory.newDefaultInstance())
                .serialize(metadata, out, true);
        // As openhtmltopdf repairs it.
        return out.toString(StandardCharsets.UTF_8).replace(" lang=\"x-default\"", " xml:lang=\"x-default\"");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
