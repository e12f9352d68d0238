package ca.pratiqueshlm.output;

import ca.pratiqueshlm.output.PageCompanions.Piece;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes the pages' companion pieces as the pages are rendered, on any thread, and writes each companion
 * file into {@code folder} as soon as it has all its pieces: a fiche's article is kept only until the
 * other fiches of its file are rendered, not until the end of the build (10,000 fiches' articles are
 * a few hundred megabytes).
 */
final class CompanionSink {
    private final PageCompanions companions;
    private final Path folder;
    private final Map<String, List<Piece>> open = new HashMap<>();
    private int written;

    CompanionSink(PageCompanions companions, Path folder) {
        this.companions = companions;
        this.folder = folder;
    }

    void add(List<Piece> pieces) {
        for (Piece piece : pieces) {
            String file = companions.fileOf(piece.key());
            List<Piece> complete;
            synchronized (open) {
                List<Piece> inFile = open.computeIfAbsent(file, f -> new ArrayList<>());
                inFile.add(piece);
                complete = inFile.size() < companions.piecesIn(file) ? null : open.remove(file);
            }
            if (complete != null) {
                write(file, complete);
            }
        }
    }

    /** Writes the files still missing pieces (none when every page was rendered); returns how many files were written. */
    int finish() {
        Map<String, List<Piece>> left;
        synchronized (open) {
            left = new HashMap<>(open);
            open.clear();
        }
        left.forEach(this::write);
        synchronized (open) {
            return written;
        }
    }

    private void write(String file, List<Piece> pieces) {
        List<Piece> ordered = new ArrayList<>(pieces);
        ordered.sort(Comparator.comparing(Piece::key));
        try {
            Path target = folder.resolve(file);
            Files.createDirectories(target.getParent());
            // Piece after piece: put together first, 10,000 fiches' articles were copied once more.
            try (OutputStream out = Files.newOutputStream(target)) {
                for (Piece piece : ordered) {
                    out.write(piece.utf8());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        synchronized (open) {
            written++;
        }
    }
}
