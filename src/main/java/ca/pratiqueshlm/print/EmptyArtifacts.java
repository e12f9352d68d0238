package ca.pratiqueshlm.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Removes the empty artifacts openhtmltopdf writes in tagged mode: every box gets a
 * {@code /Artifact /PropN BDC … EMC} for its background, with its own property dictionary, whether it
 * paints one or not. A two-page fiche held about 300 of them, half of its PDF objects; each booklet
 * parsed, copied and wrote them all again. An empty marked sequence marks nothing, so PDF/UA loses
 * nothing; the artifacts that do paint something keep their marks. The streams are rewritten as bytes,
 * the kept tokens as openhtmltopdf wrote them (ContentTokens): parsing every token into an object and
 * writing it out again cost a tenth of a fiche's cold layout.
 */
final class EmptyArtifacts {
    private EmptyArtifacts() {}

    static void remove(PDDocument pdf) throws IOException {
        // Pages may share a resources dictionary: a property list goes only when no page names it.
        Map<COSDictionary, Set<String>> named = new IdentityHashMap<>();
        for (PDPage page : pdf.getPages()) {
            Set<String> names = remove(pdf, page);
            PDResources resources = page.getResources();
            if (resources != null) {
                named.computeIfAbsent(resources.getCOSObject(), r -> new HashSet<>()).addAll(names);
            }
        }
        named.forEach(EmptyArtifacts::dropUnusedProperties);
    }

    /**
     * Rewrites the page's contents without its empty artifacts; returns the property lists they still
     * name. A stream the lexer cannot read is left whole, its property lists all kept.
     */
    private static Set<String> remove(PDDocument pdf, PDPage page) throws IOException {
        if (!page.hasContents()) {
            return Set.of();
        }
        byte[] content;
        try (InputStream in = page.getContents()) {
            content = in.readAllBytes();
        }
        ContentTokens tokens = ContentTokens.of(content);
        if (tokens == null) {
            return everyProperty(page);
        }
        int[] kept = withoutEmptyArtifacts(tokens);
        if (kept.length < tokens.count()) {
            PDStream contents = new PDStream(pdf);
            try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(kept(content, tokens, kept));
            }
            page.setContents(contents);
        }
        return propertyNames(tokens, kept);
    }

    /**
     * The indexes of the tokens left without {@code /Artifact <properties> BDC EMC} and
     * {@code /Artifact BMC EMC}; an artifact that held only empty ones becomes empty in turn, as the stack
     * unwinds.
     */
    static int[] withoutEmptyArtifacts(ContentTokens tokens) {
        int[] kept = new int[tokens.count()];
        int size = 0;
        for (int token = 0; token < tokens.count(); token++) {
            if (tokens.isOperator(token, "EMC")) {
                if (size >= 3 && tokens.isOperator(kept[size - 1], "BDC") && tokens.isName(kept[size - 3], "Artifact")
                        && (tokens.kind(kept[size - 2]) == ContentTokens.Kind.NAME
                                || tokens.kind(kept[size - 2]) == ContentTokens.Kind.DICTIONARY)) {
                    size -= 3;
                    continue;
                }
                if (size >= 2 && tokens.isOperator(kept[size - 1], "BMC") && tokens.isName(kept[size - 2], "Artifact")) {
                    size -= 2;
                    continue;
                }
            }
            kept[size++] = token;
        }
        return Arrays.copyOf(kept, size);
    }

    /** The kept tokens' bytes, each with the whitespace that followed it, so no two run together. */
    static byte[] kept(byte[] content, ContentTokens tokens, int[] kept) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        out.write(content, 0, tokens.count() == 0 ? content.length : tokens.start(0));
        for (int token : kept) {
            int next = token + 1 < tokens.count() ? tokens.start(token + 1) : content.length;
            out.write(content, tokens.start(token), next - tokens.start(token));
        }
        return out.toByteArray();
    }

    /** The property lists that the kept marked sequences and points name. */
    private static Set<String> propertyNames(ContentTokens tokens, int[] kept) {
        Set<String> named = new HashSet<>();
        for (int i = 1; i < kept.length; i++) {
            if (tokens.kind(kept[i - 1]) == ContentTokens.Kind.NAME
                    && (tokens.isOperator(kept[i], "BDC") || tokens.isOperator(kept[i], "DP"))) {
                named.add(tokens.name(kept[i - 1]));
            }
        }
        return named;
    }

    private static Set<String> everyProperty(PDPage page) {
        Set<String> every = new HashSet<>();
        COSDictionary properties = page.getResources() == null ? null
                : page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        if (properties != null) {
            properties.keySet().forEach(key -> every.add(key.getName()));
        }
        return every;
    }

    /** Property lists no marked sequence names any more are not written. */
    private static void dropUnusedProperties(COSDictionary resources, Set<String> named) {
        COSDictionary properties = resources.getCOSDictionary(COSName.PROPERTIES);
        if (properties == null) {
            return;
        }
        for (COSName key : new ArrayList<>(properties.keySet())) {
            if (!named.contains(key.getName())) {
                properties.removeItem(key);
            }
        }
    }
}
