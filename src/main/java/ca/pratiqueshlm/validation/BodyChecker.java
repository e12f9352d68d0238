package ca.pratiqueshlm.validation;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import ca.pratiqueshlm.diagnostics.SourceFile;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the links and images of a Markdown body before anything is rendered: a reference that climbs
 * out of the content, or a script address, is refused with its line.
 */
final class BodyChecker {
    private static final Pattern MARKDOWN_TARGET = Pattern.compile("\\]\\(\\s*<?((?:[^()\\s>]|\\([^()\\s]*\\))*)");
    /** A quoted value is taken whole, so " javascript:alert('x')" is seen and quoted entirely. */
    private static final Pattern HTML_TARGET =
            Pattern.compile("(?i)\\b(?:src|href)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']*))");

    private BodyChecker() {}

    static void check(SourceFile file, String body, int firstLine, List<Diagnostic> sink) {
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            checkTargets(file, MARKDOWN_TARGET.matcher(lines[i]), firstLine + i, sink);
            checkTargets(file, HTML_TARGET.matcher(lines[i]), firstLine + i, sink);
        }
    }

    private static void checkTargets(SourceFile file, Matcher matcher, int line, List<Diagnostic> sink) {
        while (matcher.find()) {
            int group = 1;
            while (matcher.group(group) == null) {
                group++;
            }
            String target = matcher.group(group);
            Position position = new Position(line, matcher.start(group) + 1);
            String lower = target.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s", "");
            if (lower.startsWith("javascript:") || lower.startsWith("vbscript:") || lower.startsWith("data:")) {
                sink.add(Diagnostic.at(file, position, "adresse « " + target + " » interdite",
                        "les liens javascript:, vbscript: et data: ne sont pas permis"));
            } else if (climbsOutOfContent(target)) {
                sink.add(Diagnostic.at(file, position, "le chemin « " + target + " » sort du dossier content/",
                        "placez l'image dans content/ ou assets/ et faites-y référence depuis là"));
            }
        }
    }

    /** Fiches sit two levels below the project root; a third ".." leaves content/ for sure. */
    private static boolean climbsOutOfContent(String target) {
        if (target.startsWith("/") || target.contains("://") || target.startsWith("#") || target.startsWith("mailto:")) {
            return false;
        }
        int depth = 1; // content/<folder>/
        for (String part : target.split("[/\\\\]")) {
            if (part.equals("..")) {
                depth--;
                if (depth < 0) {
                    return true;
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                depth++;
            }
        }
        return false;
    }
}
