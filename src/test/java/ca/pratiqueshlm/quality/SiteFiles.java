package ca.pratiqueshlm.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of a built site, by kind. */
record SiteFiles(Path root) {
    List<Path> files(String extension) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(extension))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Path> pages() {
        return files(".html");
    }

    String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
