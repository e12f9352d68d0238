package ca.pratiqueshlm.print;

import ca.pratiqueshlm.print.PdfValue.Array;
import ca.pratiqueshlm.print.PdfValue.Atom;
import ca.pratiqueshlm.print.PdfValue.Dict;
import ca.pratiqueshlm.print.PdfValue.Ref;
import ca.pratiqueshlm.print.PdfValue.Stream;
import ca.pratiqueshlm.print.PdfValue.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages of a PDF being put together ({@link BookletAssembler}): each laid-out page copied under one
 * page tree, with what it inherited written on it, its {@code livret-page:n} links made links to page n,
 * and "Page n de N" added where it is numbered ({@link PageNumbers}).
 */
final class BookletPages {
    private static final String NUMBER_FONT = "FPageNum";
    private static final List<String> INHERITED = List.of("Resources", "MediaBox", "CropBox", "Rotate");

    private final PdfFileWriter writer;
    private final PdfCopier copier;
    private final int root;
    /** The new file's page objects, first to last, and the top of each (its media box's upper y). */
    private final List<Integer> pages = new ArrayList<>();
    private final List<PdfValue> tops = new ArrayList<>();

    BookletPages(PdfFileWriter writer, PdfCopier copier) {
        this.writer = writer;
        this.copier = copier;
        this.root = writer.reserve();
    }

    /** Writes the page tree's root; returns its number. */
    int writeRoot() {
        List<PdfValue> kids = new ArrayList<>();
        pages.forEach(page -> kids.add(new Target(page)));
        Map<String, PdfValue> node = new LinkedHashMap<>();
        node.put("Type", Atom.name("Pages"));
        node.put("Kids", new Array(kids));
        node.put("Count", Atom.number(pages.size()));
        writer.write(root, new Dict(node), n -> n);
        return root;
    }

    void register(PdfCopier.Source source, Ref page) throws IOException {
        pages.add(source.target(page.number()));
        float top = corners(source.file(), source.file().dict(page))[3];
        tops.add(Atom.number((long) Math.floor(top)));
    }

    /** A page's media box (x0 y0 x1 y1), inherited or its own. */
    private static float[] corners(PdfFile file, Dict page) throws IOException {
        PdfValue box = page.get("MediaBox") != null ? page.get("MediaBox") : inherited(file, page, "MediaBox");
        if (!(file.resolve(box) instanceof Array array) || array.items().size() != 4) {
            throw new IOException("page sans MediaBox");
        }
        float[] corners = new float[4];
        for (int i = 0; i < 4; i++) {
            corners[i] = PdfFile.floatOf(file.resolve(array.items().get(i)));
        }
        return corners;
    }

    /** The numbers' font and the shared stream that opens each numbered page with {@code q}. */
    record Stamps(PageNumbers.Font font, int fontObject, int open, int first, int total) {}

    Stamps stamps(PageNumbers.Font font, int total, int first) {
        int fontObject = ((Target) copier.source(font.file(), 0).copy(font.font())).number();
        int open = writer.reserve();
        writer.write(open, Stream.of(new Dict(Map.of()), "q\n".getBytes(StandardCharsets.US_ASCII)), n -> n);
        return new Stamps(font, fontObject, open, first, total);
    }

    /**
     * A page of {@code source}, as the new file has it: under the new page tree, with what it inherited
     * written on it, its links to booklet pages resolved, and its number when it has one.
     */
    void rewrite(PdfCopier.Source source, Ref ref, int index, Stamps stamps) throws IOException {
        PdfFile file = source.file();
        Dict original = file.dict(ref);
        Dict page = original;
        for (String key : INHERITED) {
            if (page.get(key) == null) {
                PdfValue inherited = inherited(file, original, key);
                if (inherited != null) {
                    page = page.with(key, inherited);
                }
            }
        }
        page = page.with("Parent", new Target(root));
        if (file.resolve(page.get("Annots")) instanceof Array annots) {
            List<PdfValue> rewritten = new ArrayList<>();
            for (PdfValue annot : annots.items()) {
                Dict link = pageLink(file, file.dict(annot));
                if (link == null) {
                    // A direct annotation is written with the page: its StructParent is shifted here.
                    rewritten.add(annot instanceof Ref ? annot : source.shifted(annot));
                } else if (annot instanceof Ref annotRef) {
                    source.replace(annotRef.number(), link);
                    rewritten.add(annot);
                } else {
                    rewritten.add(source.shifted(link));
                }
            }
            page = page.with("Annots", new Array(rewritten));
        }
        if (index >= stamps.first()) {
            page = numbered(file, page, index, stamps);
        }
        source.replace(ref.number(), page);
    }

    private Dict numbered(PdfFile file, Dict page, int index, Stamps stamps) throws IOException {
        Dict resources = file.dict(page.get("Resources"));
        Dict fonts = resources.get("Font") == null ? new Dict(Map.of()) : file.dict(resources.get("Font"));
        String name = NUMBER_FONT;
        while (fonts.get(name) != null) {
            name = name + "x";
        }
        page = page.with("Resources", resources.with("Font", fonts.with(name, new Target(stamps.fontObject()))));
        String text = PageNumbers.text(index + 1, stamps.total());
        float[] corners = corners(file, page);
        int stamp = writer.reserve();
        writer.write(stamp, Stream.of(new Dict(Map.of()), PageNumbers.stamp(name, stamps.font().code(text),
                stamps.font().width(text), corners)), n -> n);
        List<PdfValue> contents = new ArrayList<>();
        contents.add(new Target(stamps.open()));
        PdfValue own = file.resolve(page.get("Contents")) instanceof Array array ? array : page.get("Contents");
        if (own instanceof Array array) {
            contents.addAll(array.items());
        } else if (own != null) {
            contents.add(own);
        }
        contents.add(new Target(stamp));
        return page.with("Contents", new Array(contents));
    }

    /** A link annotation to {@code livret-page:n}, made a link to page n; null for any other annotation. */
    private Dict pageLink(PdfFile file, Dict annotation) throws IOException {
        if (!annotation.is("Subtype", "Link") || annotation.get("A") == null) {
            return null;
        }
        Dict action = file.dict(annotation.get("A"));
        String uri = action.is("S", "URI") && action.get("URI") instanceof Atom atom ? atom.plainString() : null;
        if (uri == null || !uri.startsWith(BookletAssembler.PAGE_LINK)) {
            return null;
        }
        int number = Integer.parseInt(uri.substring(BookletAssembler.PAGE_LINK.length()));
        Map<String, PdfValue> goTo = new LinkedHashMap<>();
        goTo.put("Type", Atom.name("Action"));
        goTo.put("S", Atom.name("GoTo"));
        goTo.put("D", top(number));
        return annotation.with("A", new Dict(goTo)).with("Contents", Atom.text("Aller à la page " + number));
    }

    /** A destination: the top of page {@code number} (from 1). */
    Array top(int number) throws IOException {
        if (number < 1 || number > pages.size()) {
            throw new IOException("page " + number + " hors d'un livret de " + pages.size() + " pages");
        }
        return new Array(List.of(new Target(pages.get(number - 1)), Atom.name("XYZ"), new Atom("null"),
                tops.get(number - 1), new Atom("null")));
    }

    private static PdfValue inherited(PdfFile file, Dict page, String key) throws IOException {
        Dict node = page;
        for (int depth = 0; depth < 64 && node.get("Parent") != null; depth++) {
            node = file.dict(node.get("Parent"));
            if (node.get(key) != null) {
                return node.get(key);
            }
        }
        return null;
    }
}
