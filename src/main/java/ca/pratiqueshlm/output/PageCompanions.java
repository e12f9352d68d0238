package ca.pratiqueshlm.output;

import ca.pratiqueshlm.plan.PageJob;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pieces of text made from a page as it is rendered (a fiche page's article, for the selection's
 * scripts), which the writers put together into shared files: the page is rendered once, a page the
 * preview does not render again keeps its pieces, and a site of many pages gets a few files instead of
 * one per page (creating a file costs more than writing it; docs/BENCHMARK.md).
 */
public interface PageCompanions {
    /**
     * A piece: its key (unique in the site, the order within its file) and its text in UTF-8, as it is
     * written (a fiche's piece is made from the page's bytes and never decoded).
     */
    record Piece(String key, byte[] utf8) {
        public Piece(String key, String text) {
            this(key, text.getBytes(StandardCharsets.UTF_8));
        }

        /** Equal key and bytes: the preview rewrites a shared file only when one of its pieces changed. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Piece piece && key.equals(piece.key) && java.util.Arrays.equals(utf8, piece.utf8);
        }

        @Override
        public int hashCode() {
            return 31 * key.hashCode() + java.util.Arrays.hashCode(utf8);
        }

        @Override
        public String toString() {
            return "Piece[" + key + ", " + utf8.length + " bytes]";
        }
    }

    PageCompanions NONE = new PageCompanions() {
        @Override
        public List<Piece> of(PageJob job, byte[] html) {
            return List.of();
        }

        @Override
        public String fileOf(String key) {
            throw new IllegalStateException("no companion files");
        }

        @Override
        public int piecesIn(String file) {
            return 0;
        }
    };

    /** The pieces made from {@code html}, the published (typeset) markup of {@code job} in UTF-8; often none. */
    List<Piece> of(PageJob job, byte[] html);

    /** The file a piece goes into, by its key. */
    String fileOf(String key);

    /** How many pieces {@code file} holds once every page is rendered: then it can be written. */
    int piecesIn(String file);

    /** {@code pieces} by the file they go into, in key order; only the files in {@code only} (all when null). */
    default Map<String, List<Piece>> byFile(Collection<Piece> pieces, Set<String> only) {
        Map<String, List<Piece>> byFile = new TreeMap<>();
        for (Piece piece : pieces) {
            String file = fileOf(piece.key());
            if (only == null || only.contains(file)) {
                byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(piece);
            }
        }
        byFile.values().forEach(inFile -> inFile.sort(Comparator.comparing(Piece::key)));
        return byFile;
    }

    /** A file's content: its pieces' texts, in the order given. */
    static byte[] bytes(List<Piece> inFile) {
        return GeneratedFile.concatenated("companion file", inFile.stream().map(Piece::utf8).toList());
    }
}
