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

    private static final Pattern LIST_ITEM = Pattern.compile(" {0,3}(?:[-*+]|\\d{1,9}[.)])(?:\\s.*|)");
    private static final Pattern DEEP_LIST_ITEM = Pattern.compile("(?: {4,}|\t)\\s*(?:[-*+]|\\d{1,9}[.)])\\s+\\S.*");

    private BodyChecker() {}

    static void check(SourceFile file, String body, int firstLine, List<Diagnostic> sink) {
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            // Most lines are prose: the patterns, slow to search, run only where they could match.
            if (lines[i].contains("](")) {
                checkTargets(file, MARKDOWN_TARGET.matcher(lines[i]), firstLine + i, sink);
            }
            if (lines[i].indexOf('=') >= 0) {
                checkTargets(file, HTML_TARGET.matcher(lines[i]), firstLine + i, sink);
            }
        }
        checkListIndents(file, lines, firstLine, sink);
    }

    /**
     * A list item indented by four spaces outside a list is no list item in Markdown: below a paragraph it
     * joins that paragraph, after a blank line it becomes a code block. Inside a list it is a sub-item.
     */
    private static void checkListIndents(SourceFile file, String[] lines, int firstLine, List<Diagnostic> sink) {
        boolean inList = false;
        boolean fenced = false;
        String previous = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
            }
            if (!fenced && !inList && (line.startsWith("    ") || line.startsWith("\t"))
                    && DEEP_LIST_ITEM.matcher(line).matches()) {
                boolean merged = !previous.isBlank();
                sink.add(Diagnostic.at(file, new Position(firstLine + i, 1),
                        "élément de liste indenté de 4 espaces : " + (merged
                                ? "il serait fusionné avec la ligne au-dessus" : "il serait affiché comme du code"),
                        "commencez la ligne par « - » sans espace devant"
                                + (merged ? ", et laissez une ligne vide entre le paragraphe et la liste" : "")));
            }
            if (startsLikeListItem(line) && LIST_ITEM.matcher(line).matches()) {
                inList = true;
            } else if (!line.isBlank() && !line.startsWith(" ") && !previous.isBlank()) {
                // a lazy continuation line: still the same list item
            } else if (!line.isBlank() && !line.startsWith(" ")) {
                inList = false;
            }
            previous = line;
        }
    }

    /** Whether the line's first character, after at most three spaces, can begin a list marker. */
    private static boolean startsLikeListItem(String line) {
        int first = 0;
        while (first < 3 && first < line.length() && line.charAt(first) == ' ') {
            first++;
        }
        return first < line.length() && "-*+0123456789".indexOf(line.charAt(first)) >= 0;
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
