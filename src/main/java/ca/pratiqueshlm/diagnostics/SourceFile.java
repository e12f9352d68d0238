package ca.pratiqueshlm.diagnostics;

import java.nio.file.Path;

/**
 * A text file read from the project, decoded and with line ends normalised.
 *
 * @param path the path as shown in diagnostics, relative to the project (for example
 *     {@code content/fiches/multiboulot.md})
 * @param text the decoded text, with {@code \n} line ends and no byte-order mark
 */
public record SourceFile(Path path, String text) {
    /** The path with forward slashes, as printed in diagnostics on every platform. */
    public String displayPath() {
        return path.toString().replace('\\', '/');
    }

    /** The file name without its extension: a fiche's slug. */
    public String baseName() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
