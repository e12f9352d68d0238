package ca.pratiqueshlm.print;

import ca.pratiqueshlm.print.PdfValue.Array;
import ca.pratiqueshlm.print.PdfValue.Atom;
import ca.pratiqueshlm.print.PdfValue.Dict;
import ca.pratiqueshlm.print.PdfValue.Ref;
import ca.pratiqueshlm.print.PdfValue.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts laid-out PDFs (tagged, from openhtmltopdf) together by copying their objects, renumbered, into a
 * new file: nothing they draw is decoded or re-encoded. A booklet keeps the front's title, language and
 * metadata; its structure tree holds each part's tree as a Part of one Document, their parent trees
 * joined; the front's and the sources' {@code livret-page:n} links become links to page n; the outline
 * is the booklet's; and every page but the cover gets "Page n de N" ({@link PageNumbers}). A single PDF
 * can be numbered the same way, keeping its own structure and outline.
 */
final class BookletAssembler {
    static final String PAGE_LINK = "livret-page:";

    /** An outline entry: its title, the page it opens (from 1) and its children. */
    record Mark(String title, int page, List<Mark> children) {}

    private final PdfFileWriter writer;
    private final PdfCopier copier;
    private final int catalog;
    private final BookletPages pages;

    private BookletAssembler(int expectedSize) {
        writer = new PdfFileWriter(expectedSize);
        copier = new PdfCopier(writer);
        catalog = writer.reserve();
        pages = new BookletPages(writer, copier);
    }

    /** The booklet of {@code parts} (the front first), its outline, its pages numbered but the cover. */
    static byte[] assemble(List<byte[]> parts, List<Mark> outline, PageNumbers.Font font, long id) throws IOException {
        List<PdfFile> files = new ArrayList<>();
        int size = 0;
        for (byte[] part : parts) {
            files.add(PdfFile.read(part));
            size += part.length;
        }
        return new BookletAssembler(size + size / 8).booklet(files, outline, font, id);
    }

    /** {@code pdf} with every page numbered, its structure and outline kept. */
    static byte[] numbered(byte[] pdf, PageNumbers.Font font, long id) throws IOException {
        return new BookletAssembler(pdf.length + pdf.length / 8).single(PdfFile.read(pdf), font, id);
    }

    private byte[] booklet(List<PdfFile> files, List<Mark> outline, PageNumbers.Font font, long id) throws IOException {
        int structRoot = writer.reserve();
        int document = writer.reserve();
        List<List<Ref>> partPages = new ArrayList<>();
        for (PdfFile file : files) {
            partPages.add(file.pages());
        }
        int total = partPages.stream().mapToInt(List::size).sum();
        BookletPages.Stamps stamps = pages.stamps(font, total, 1);
        Map<Integer, PdfValue> parentTree = new TreeMap<>();
        List<PdfValue> documentKids = new ArrayList<>();
        Map<String, PdfValue> roleMap = new LinkedHashMap<>();
        int offset = 0;
        // Every page is numbered before any is copied: links and outline entries point forward.
        List<PdfCopier.Source> sources = new ArrayList<>();
        for (int p = 0; p < files.size(); p++) {
            PdfFile file = files.get(p);
            PdfCopier.Source source = copier.source(file, offset);
            sources.add(source);
            for (Ref page : partPages.get(p)) {
                pages.register(source, page);
            }
            Dict root = file.dict(file.catalog().get("StructTreeRoot"));
            int nextKey = 0;
            for (Map.Entry<Integer, PdfValue> entry : numberTree(file, root.get("ParentTree"), 0).entrySet()) {
                parentTree.put(entry.getKey() + offset, source.copy(entry.getValue()));
                nextKey = Math.max(nextKey, entry.getKey() + 1);
            }
            if (root.get("ParentTreeNextKey") != null) {
                nextKey = Math.max(nextKey, PdfFile.intOf(root.get("ParentTreeNextKey")));
            }
            offset += nextKey;
            if (file.catalog().get("StructTreeRoot") instanceof Ref rootRef) {
                source.mapTo(rootRef.number(), structRoot);
            }
            for (PdfValue top : items(root.get("K"))) {
                if (!(top instanceof Ref ref)) {
                    throw new IOException("élément de structure direct à la racine");
                }
                Dict element = file.dict(ref).with("P", new Target(document));
                if (element.is("S", "Document")) {
                    element = element.with("S", Atom.name("Part"));
                }
                source.replace(ref.number(), element);
                documentKids.add(source.copy(ref));
            }
            if (file.resolve(root.get("RoleMap")) instanceof Dict roles) {
                roles.entries().forEach(roleMap::putIfAbsent);
            }
        }
        int index = 0;
        for (int p = 0; p < files.size(); p++) {
            for (Ref page : partPages.get(p)) {
                pages.rewrite(sources.get(p), page, index++, stamps);
            }
        }
        Map<String, PdfValue> structure = new LinkedHashMap<>();
        structure.put("Type", Atom.name("StructTreeRoot"));
        if (!roleMap.isEmpty()) {
            structure.put("RoleMap", new Dict(roleMap));
        }
        structure.put("K", new Target(document));
        structure.put("ParentTree", new Dict(Map.of("Nums", nums(parentTree))));
        structure.put("ParentTreeNextKey", Atom.number(offset));
        writer.write(structRoot, new Dict(structure), n -> n);
        writer.write(document, new Dict(entries("Type", Atom.name("StructElem"), "S", Atom.name("Document"),
                "P", new Target(structRoot), "K", new Array(documentKids))), n -> n);

        PdfCopier.Source front = sources.get(0);
        Dict frontCatalog = files.get(0).catalog();
        Map<String, PdfValue> book = new LinkedHashMap<>();
        for (Map.Entry<String, PdfValue> entry : frontCatalog.entries().entrySet()) {
            if (!List.of("Pages", "StructTreeRoot", "Outlines", "PageMode").contains(entry.getKey())) {
                book.put(entry.getKey(), front.copy(entry.getValue()));
            }
        }
        book.put("Pages", new Target(pages.writeRoot()));
        book.put("StructTreeRoot", new Target(structRoot));
        if (!outline.isEmpty()) {
            book.put("Outlines", new Target(outline(outline)));
            book.put("PageMode", Atom.name("UseOutlines"));
        }
        writer.write(catalog, new Dict(book), n -> n);
        return finish(front, files.get(0), id);
    }

    private byte[] single(PdfFile file, PageNumbers.Font font, long id) throws IOException {
        PdfCopier.Source source = copier.source(file, 0);
        List<Ref> own = file.pages();
        for (Ref page : own) {
            pages.register(source, page);
        }
        BookletPages.Stamps stamps = pages.stamps(font, own.size(), 0);
        for (int i = 0; i < own.size(); i++) {
            pages.rewrite(source, own.get(i), i, stamps);
        }
        Map<String, PdfValue> catalogEntries = new LinkedHashMap<>();
        for (Map.Entry<String, PdfValue> entry : file.catalog().entries().entrySet()) {
            catalogEntries.put(entry.getKey(), entry.getKey().equals("Pages") ? new Target(pages.writeRoot())
                    : source.copy(entry.getValue()));
        }
        writer.write(catalog, new Dict(catalogEntries), n -> n);
        return finish(source, file, id);
    }

    private byte[] finish(PdfCopier.Source front, PdfFile frontFile, long id) throws IOException {
        int info;
        if (frontFile.trailer().get("Info") instanceof Ref ref) {
            info = front.target(ref.number());
        } else {
            info = writer.reserve();
            writer.write(info, new Dict(Map.of()), n -> n);
        }
        copier.drain();
        return writer.finish(catalog, info, identifier(id));
    }

    /** The outline, written; returns its root's number. */
    private int outline(List<Mark> marks) throws IOException {
        int root = writer.reserve();
        int[] range = items(marks, root);
        writer.write(root, new Dict(entries("Type", Atom.name("Outlines"), "First", new Target(range[0]),
                "Last", new Target(range[1]), "Count", Atom.number(marks.size()))), n -> n);
        return root;
    }

    /** Writes {@code marks} as siblings under {@code parent}; returns the first's and the last's numbers. */
    private int[] items(List<Mark> marks, int parent) throws IOException {
        int[] numbers = new int[marks.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = writer.reserve();
        }
        for (int i = 0; i < numbers.length; i++) {
            Mark mark = marks.get(i);
            Map<String, PdfValue> item = new LinkedHashMap<>();
            item.put("Title", Atom.text(mark.title()));
            item.put("Parent", new Target(parent));
            if (i > 0) {
                item.put("Prev", new Target(numbers[i - 1]));
            }
            if (i + 1 < numbers.length) {
                item.put("Next", new Target(numbers[i + 1]));
            }
            if (!mark.children().isEmpty()) {
                int[] children = items(mark.children(), numbers[i]);
                item.put("First", new Target(children[0]));
                item.put("Last", new Target(children[1]));
                // Closed: a negative count of its descendants.
                item.put("Count", Atom.number(-mark.children().size()));
            }
            item.put("Dest", pages.top(mark.page()));
            writer.write(numbers[i], new Dict(item), n -> n);
        }
        return new int[] {numbers[0], numbers[numbers.length - 1]};
    }

    private static Map<Integer, PdfValue> numberTree(PdfFile file, PdfValue node, int depth) throws IOException {
        Map<Integer, PdfValue> values = new TreeMap<>();
        if (node == null || depth > 64) {
            return values;
        }
        Dict dict = file.dict(node);
        if (file.resolve(dict.get("Nums")) instanceof Array nums) {
            for (int i = 0; i + 1 < nums.items().size(); i += 2) {
                values.put(PdfFile.intOf(nums.items().get(i)), nums.items().get(i + 1));
            }
        }
        if (file.resolve(dict.get("Kids")) instanceof Array kids) {
            for (PdfValue kid : kids.items()) {
                values.putAll(numberTree(file, kid, depth + 1));
            }
        }
        return values;
    }

    private static Array nums(Map<Integer, PdfValue> tree) {
        List<PdfValue> items = new ArrayList<>();
        tree.forEach((key, value) -> {
            items.add(Atom.number(key));
            items.add(value);
        });
        return new Array(items);
    }

    private static List<PdfValue> items(PdfValue value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof Array array ? array.items() : List.of(value);
    }

    private static Map<String, PdfValue> entries(Object... keysAndValues) {
        Map<String, PdfValue> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (PdfValue) keysAndValues[i + 1]);
        }
        return map;
    }

    /** The file identifier: 16 bytes derived from {@code id}, the same for the same booklet. */
    private static byte[] identifier(long id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Long.toString(id).getBytes(StandardCharsets.US_ASCII));
            return java.util.Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
