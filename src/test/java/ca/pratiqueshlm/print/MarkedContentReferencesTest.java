package ca.pratiqueshlm.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * A tagged PDF whose marked content is referenced by number still ties every piece of content on every
 * page to exactly one structure element, the one the parent tree names for it.
 */
class MarkedContentReferencesTest {
    private static final String PAGES = """
            <!DOCTYPE html><html lang="fr-CA"><head><meta charset="utf-8"><title>Essai</title>
            <style>@page { size: letter; margin: 15mm; } body { font-family: "DejaVu Sans"; }
            .saut { page-break-before: always; }</style></head>
            <body><h1>Essai de structure</h1><p>Un paragraphe <em>avec</em> un <a href="https://exemple.test/">lien</a>.</p>
            <ul><li>Un</li><li>Deux</li></ul>
            <p class="saut">Un paragraphe sur la deuxième page, qui continue</p><p>et un autre.</p>
            </body></html>""";

    private record Content(int page, int mcid, COSDictionary element) {}

    @Test
    void everyMarkedContentBelongsToTheElementTheParentTreeNames() throws Exception {
        byte[] pdf = new PdfRenderer(PdfFonts.load()).render(PAGES, "https://exemple.test/",
                PdfRenderer.utcDate(LocalDate.of(2026, 1, 1)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Content> inTree = new ArrayList<>();
            COSDictionary root = document.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
            walk(document, root.getDictionaryObject(COSName.K), null, inTree);
            assertFalse(inTree.isEmpty(), "no marked content in the structure tree");

            Set<String> fromTree = new TreeSet<>();
            inTree.forEach(c -> fromTree.add(c.page() + ":" + c.mcid()));
            assertEquals(inTree.size(), fromTree.size(), "a piece of content belongs to two elements");
            Set<String> fromPages = new TreeSet<>();
            for (int p = 0; p < document.getNumberOfPages(); p++) {
                for (int mcid : mcids(document.getPage(p))) {
                    fromPages.add(p + ":" + mcid);
                }
            }
            assertEquals(fromPages, fromTree);

            COSArray nums = parentTreeNums(root);
            for (Content content : inTree) {
                int key = document.getPage(content.page()).getCOSObject().getInt(COSName.STRUCT_PARENTS);
                COSArray parents = (COSArray) valueOf(nums, key);
                assertSame(content.element(), deref(parents.get(content.mcid())), "parent tree of " + content);
            }
        }
    }

    private static void walk(PDDocument document, COSBase kids, COSDictionary element, List<Content> out) {
        COSBase value = deref(kids);
        if (value instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                walk(document, array.get(i), element, out);
            }
        } else if (value instanceof COSInteger mcid) {
            out.add(new Content(pageIndex(document, element.getDictionaryObject(COSName.PG)), mcid.intValue(), element));
        } else if (value instanceof COSDictionary dictionary) {
            COSName type = dictionary.getCOSName(COSName.TYPE);
            if (COSName.getPDFName("MCR").equals(type)) {
                out.add(new Content(pageIndex(document, dictionary.getDictionaryObject(COSName.PG)),
                        dictionary.getInt(COSName.MCID), element));
            } else if (!COSName.getPDFName("OBJR").equals(type)) {
                walk(document, dictionary.getItem(COSName.K), dictionary, out);
            }
        }
    }

    private static List<Integer> mcids(PDPage page) throws Exception {
        List<Integer> mcids = new ArrayList<>();
        for (Object token : new PDFStreamParser(page).parse()) {
            if (token instanceof COSDictionary properties && properties.containsKey(COSName.MCID)) {
                mcids.add(properties.getInt(COSName.MCID));
            }
        }
        return mcids;
    }

    private static int pageIndex(PDDocument document, COSBase page) {
        return document.getPages().indexOf(new PDPage((COSDictionary) page));
    }

    private static COSArray parentTreeNums(COSDictionary root) {
        return (COSArray) ((COSDictionary) root.getDictionaryObject(COSName.PARENT_TREE)).getDictionaryObject(COSName.NUMS);
    }

    private static COSBase valueOf(COSArray nums, int key) {
        for (int i = 0; i + 1 < nums.size(); i += 2) {
            if (((COSInteger) deref(nums.get(i))).intValue() == key) {
                return deref(nums.get(i + 1));
            }
        }
        throw new AssertionError("no parent tree entry " + key);
    }

    private static COSBase deref(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }
}
