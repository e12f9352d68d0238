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
    /**
     * One line for a terminal or a log. Control characters of the content (an escape sequence, a line
     * break followed by "::warning") are shown as {@code \\u001b}, so a value can neither rewrite the
     * terminal nor start a line that GitHub Actions reads as a workflow command.
     */
    public String format() {
        String line = visible(path + ":" + position.line() + ":" + position.column() + ": " + message
                + hint.map(h -> " — " + h).orElse(""));
        return line.startsWith("::") ? " " + line : line;
    }

    private static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
