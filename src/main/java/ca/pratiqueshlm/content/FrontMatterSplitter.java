package ca.pratiqueshlm.content;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.diagnostics.SourceFile;

/** Splits a fiche into front matter and body, keeping the line where each starts. */
public final class FrontMatterSplitter {
    private static final String FENCE = "---";

    private FrontMatterSplitter() {}

    public static Result<FrontMatter> split(SourceFile file) {
        String text = file.text();
        if (text.isBlank()) {
            return Result.failure(Diagnostic.at(file, Position.START,
                    "fichier vide",
                    "une fiche commence par une ligne « --- », puis ses champs YAML, une autre ligne « --- » et son texte"));
        }
        if (!firstLine(text).strip().equals(FENCE)) {
            return Result.failure(Diagnostic.at(file, Position.START,
                    "la fiche doit commencer par une ligne « --- » qui ouvre l'en-tête YAML",
                    "ajoutez « --- » seul sur la première ligne"));
        }
        int yamlStart = text.indexOf('\n') + 1;
        int line = 2;
        int cursor = yamlStart;
        while (cursor < text.length()) {
            int end = text.indexOf('\n', cursor);
            String current = end < 0 ? text.substring(cursor) : text.substring(cursor, end);
            if (current.stripTrailing().equals(FENCE)) {
                String yaml = text.substring(yamlStart, cursor);
                String body = end < 0 ? "" : text.substring(end + 1);
                return Result.success(new FrontMatter(yaml, 2, body, line + 1));
            }
            if (end < 0) {
                break;
            }
            cursor = end + 1;
            line++;
        }
        return Result.failure(Diagnostic.at(file, Position.START,
                "l'en-tête YAML ouvert par « --- » n'est jamais fermé",
                "ajoutez une ligne « --- » après le dernier champ, avant le texte de la fiche"));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
