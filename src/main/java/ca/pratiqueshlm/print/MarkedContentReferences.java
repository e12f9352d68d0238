package ca.pratiqueshlm.print;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Writes a structure element's marked content as plain numbers where the PDF allows it. openhtmltopdf
 * points to each piece of content with an object of its own, {@code << /Type /MCR /Pg page /MCID n >>};
 * when every such reference of an element is on one page, the element can name that page once
 * ({@code /Pg}) and its content by number ({@code /K n}): the same structure, a fifth fewer objects for
 * every booklet to parse, copy and write.
 */
final class MarkedContentReferences {
    private static final COSName MCR = COSName.getPDFName("MCR");

    private MarkedContentReferences() {}

    static void inline(PDDocument pdf) {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return;
        }
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<COSDictionary> elements = new ArrayList<>();
        collect(root.getCOSObject().getDictionaryObject(COSName.K), elements, seen);
        elements.forEach(MarkedContentReferences::inlineKids);
    }

    /** Every structure element under {@code kids}, each once. */
    private static void collect(COSBase kids, List<COSDictionary> elements, Set<COSDictionary> seen) {
        COSBase value = kids instanceof COSObject object ? object.getObject() : kids;
        if (value instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                collect(array.get(i), elements, seen);
            }
        } else if (value instanceof COSDictionary element && !isReference(element)
                && seen.add(element)) {
            elements.add(element);
            collect(element.getDictionaryObject(COSName.K), elements, seen);
        }
    }

    private static void inlineKids(COSDictionary element) {
        COSBase k = element.getDictionaryObject(COSName.K);
        List<COSDictionary> references = new ArrayList<>();
        if (k instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSDictionary kid && isContentReference(kid)) {
                    references.add(kid);
                }
            }
        } else if (k instanceof COSDictionary kid && isContentReference(kid)) {
            references.add(kid);
        }
        if (references.isEmpty()) {
            return;
        }
        COSBase page = element.getDictionaryObject(COSName.PG);
        COSBase onePage = page != null ? page : references.get(0).getDictionaryObject(COSName.PG);
        if (onePage == null || !references.stream().allMatch(r -> r.getDictionaryObject(COSName.PG) == onePage)) {
            return;
        }
        if (page == null) {
            element.setItem(COSName.PG, references.get(0).getItem(COSName.PG));
        }
        if (k instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSDictionary kid && isContentReference(kid)) {
                    array.set(i, COSInteger.get(kid.getInt(COSName.MCID)));
                }
            }
        } else {
            element.setInt(COSName.K, references.get(0).getInt(COSName.MCID));
        }
    }

    /** A marked-content reference on a page's own content (not in a form's stream). */
    private static boolean isContentReference(COSDictionary kid) {
        return MCR.equals(kid.getCOSName(COSName.TYPE)) && !kid.containsKey(COSName.getPDFName("Stm"))
                && kid.getInt(COSName.MCID) >= 0;
    }

    /** A reference to content or to an object (an annotation), not an element. */
    private static boolean isReference(COSDictionary dictionary) {
        COSName type = dictionary.getCOSName(COSName.TYPE);
        return MCR.equals(type) || COSName.getPDFName("OBJR").equals(type);
    }
}
