package ca.pratiqueshlm.diagnostics;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in the content, in French, at a place an editor can find.
 *
 * @param path the project-relative path, with forward slashes
 * @param position where the problem is
 * @param message what is wrong
 * @param hint how to fix it, where a suggestion exists
 */
public record Diagnostic(String path, Position position, String message, Optional<String> hint) {
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::path)
            .thenComparingInt(d -> d.position().line())
            .thenComparingInt(d -> d.position().column())
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(path);
        Objects.requireNonNull(position);
        Objects.requireNonNull(message);
        Objects.requireNonNull(hint);
    }

    public static Diagnostic at(SourceFile file, Position position, String message) {
        return new Diagnostic(file.displayPath(), position, message, Optional.empty());
    }

    public static Diagnostic at(SourceFile file, Position position, String message, String hint) {
        return new Diagnostic(file.displayPath(), position, message, Optional.ofNullable(hint));
    }

    /** {@code path:line:column: message — hint}, the form editors and their tools recognise. */
    public String format() {
        return path + ":" + position.line() + ":" + position.column() + ": " + message
                + hint.map(h -> " — " + h).orElse("");
    }

    @Override
    public String toString() {
        return format();
    }
}
