package ca.pratiqueshlm.print;

import ca.pratiqueshlm.print.PdfValue.Array;
import ca.pratiqueshlm.print.PdfValue.Atom;
import ca.pratiqueshlm.print.PdfValue.Dict;
import ca.pratiqueshlm.print.PdfValue.Ref;
import ca.pratiqueshlm.print.PdfValue.Stream;
import ca.pratiqueshlm.print.PdfValue.Target;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies objects from PDF files into one {@link PdfFileWriter}: an object is numbered in the new file
 * when first referenced and written once, with what it references, so only what the new file reaches is
 * copied. A source's object may be replaced before it is copied ({@link Source#replace}) or mapped to an
 * object of the new file ({@link Source#mapTo}); structure-parent keys are shifted by the source's offset,
 * so the parent trees of several files can be joined.
 */
final class PdfCopier {
    private final PdfFileWriter writer;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();

    private record Pending(Source source, int number) {}

    PdfCopier(PdfFileWriter writer) {
        this.writer = writer;
    }

    Source source(PdfFile file, int structParentOffset) {
        return new Source(file, structParentOffset);
    }

    /** Writes every object referenced so far, and what they reference in turn. */
    void drain() throws IOException {
        while (!pending.isEmpty()) {
            Pending next = pending.poll();
            Source source = next.source();
            int number = source.numbers.get(next.number());
            PdfValue value = source.replaced.get(next.number());
            if (value != null) {
                writer.write(number, source.shifted(value), source::target);
                continue;
            }
            PdfFile.Slice slice = source.file.slice(next.number());
            if (slice == null) {
                writer.write(number, new Atom("null"), source::target);
            } else {
                writer.writeRaw(number, slice, source::target, source.structParentOffset);
            }
        }
    }

    final class Source {
        private final PdfFile file;
        private final int structParentOffset;
        private final Map<Integer, Integer> numbers = new HashMap<>();
        private final Map<Integer, PdfValue> replaced = new HashMap<>();

        private Source(PdfFile file, int structParentOffset) {
            this.file = file;
            this.structParentOffset = structParentOffset;
        }

        PdfFile file() {
            return file;
        }

        /** The new file's number for this source's object {@code number}, which will be copied. */
        int target(int number) {
            Integer known = numbers.get(number);
            if (known != null) {
                return known;
            }
            int assigned = writer.reserve();
            numbers.put(number, assigned);
            pending.add(new Pending(this, number));
            return assigned;
        }

        /** References to this source's object {@code number} go to {@code target} of the new file instead. */
        void mapTo(int number, int target) {
            numbers.put(number, target);
        }

        /** Object {@code number} is copied as {@code value} (which refers to this source's objects). */
        void replace(int number, PdfValue value) {
            replaced.put(number, value);
        }

        /** {@code value} with its references turned into references to the new file (copied as needed). */
        PdfValue copy(PdfValue value) {
            if (value instanceof Ref ref) {
                return new Target(target(ref.number()));
            }
            if (value instanceof Array array) {
                List<PdfValue> items = new ArrayList<>(array.items().size());
                array.items().forEach(item -> items.add(copy(item)));
                return new Array(items);
            }
            if (value instanceof Dict dict) {
                Map<String, PdfValue> entries = new java.util.LinkedHashMap<>();
                dict.entries().forEach((key, item) -> entries.put(key, copy(item)));
                return new Dict(entries);
            }
            return value;
        }

        /** A dictionary's StructParent(s) shifted by this source's offset (pages, annotations, forms). */
        PdfValue shifted(PdfValue value) {
            if (structParentOffset == 0) {
                return value;
            }
            if (value instanceof Stream stream) {
                Dict dict = shiftedDict(stream.dict());
                return dict == stream.dict() ? stream : new Stream(dict, stream.source(), stream.offset(), stream.length());
            }
            return value instanceof Dict dict ? shiftedDict(dict) : value;
        }

        private Dict shiftedDict(Dict dict) {
            Dict result = dict;
            for (String key : List.of("StructParents", "StructParent")) {
                if (result.get(key) instanceof Atom atom && atom.integer() != null) {
                    result = result.with(key, Atom.number(atom.integer() + structParentOffset));
                }
            }
            return result;
        }
    }
}
