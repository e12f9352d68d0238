package ca.pratiqueshlm.content;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import ca.pratiqueshlm.diagnostics.SourceFile;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns SnakeYAML's English syntax errors into French messages with a fix. */
final class YamlSyntaxMessages {
    private record Translation(String englishFragment, String message, String hint) {}

    private static final List<Translation> KNOWN = List.of(
            new Translation("cannot start any token", "caractère interdit à cet endroit (une tabulation ?)",
                    "en YAML, indentez avec des espaces, jamais avec des tabulations"),
            new Translation("mapping values are not allowed", "deux-points inattendu",
                    "mettez la valeur entre guillemets si elle contient « : », par exemple titre: \"Bilan : 2014\""),
            new Translation("could not find expected ':'", "il manque « : » après le nom du champ",
                    "écrivez « nom: valeur »"),
            new Translation("did not find expected key", "indentation incohérente",
                    "alignez ce champ sur les autres champs du même niveau"),
            new Translation("did not find expected '-' indicator", "élément de liste mal aligné",
                    "alignez les « - » de la liste les uns sous les autres"),
            new Translation("found unexpected end of stream", "guillemet ouvert mais jamais fermé",
                    "fermez le guillemet à la fin de la valeur"),
            new Translation("found undefined alias", "alias YAML inconnu",
                    "les alias (*nom) ne sont pas permis : recopiez la valeur"),
            new Translation("found unexpected document", "second document YAML inattendu",
                    "un en-tête ne contient qu'un seul document"),
            new Translation("nesting depth", "imbrication trop profonde",
                    "une fiche n'a besoin que de quelques niveaux de champs"),
            new Translation("found duplicate anchor", "ancre YAML en double",
                    "les ancres et alias YAML ne sont pas utiles dans une fiche"),
            new Translation("found unknown escape character", "séquence d'échappement inconnue entre guillemets",
                    "utilisez des guillemets simples ou retirez la barre oblique inverse"),
            new Translation("expected alphabetic or numeric character", "caractère inattendu après « & » ou « * »",
                    "mettez la valeur entre guillemets"),
            new Translation("special characters are not allowed", "caractère de contrôle interdit",
                    "retirez ce caractère invisible"));

    /** A key alone at the start of its line: a colon there is an indentation problem, not a value's colon. */
    private static final Pattern BARE_KEY = Pattern.compile("\\s*(- )?[\\p{L}\\d_-]+\\s*");
    /** "key: value" whose value could be quoted to make its colon harmless. */
    private static final Pattern KEY_VALUE = Pattern.compile("(\\s*(?:- )?[\\p{L}\\d_-]+):\\s+([^\"'].*)");

    private YamlSyntaxMessages() {}

    private static String line(SourceFile file, int number) {
        String[] lines = file.text().split("\n", -1);
        return number >= 1 && number <= lines.length ? lines[number - 1] : "";
    }

    private static final Pattern BLOCK_START = Pattern.compile("\\s*(?:- )?([\\p{L}\\d_-]+):\\s*[>|][+-]?\\s*");

    /**
     * A line of a folded ({@code >-}) or literal ({@code |}) text that lost its indentation: YAML reads it
     * as a new field without « : », reported a line or two later. Points at the line that ends the block.
     */
    private static Diagnostic unindentedBlockLine(SourceFile file, int reported) {
        for (int n = reported - 1; n >= 2; n--) {
            String text = line(file, n);
            if (text.isBlank() || text.startsWith(" ")) {
                continue;
            }
            if (text.contains(":")) {
                return null;
            }
            int above = n - 1;
            while (above >= 1 && (line(file, above).startsWith(" ") || line(file, above).isBlank())) {
                above--;
            }
            Matcher block = BLOCK_START.matcher(line(file, above));
            if (above < n - 1 && block.matches()) {
                return Diagnostic.at(file, new Position(n, 1), "syntaxe YAML invalide : ligne non indentée dans le texte de « "
                        + block.group(1) + " »", "indentez cette ligne de deux espaces, comme les lignes du texte au-dessus");
            }
            return null;
        }
        return null;
    }

    static Diagnostic describe(SourceFile file, Position position, String problem) {
        String english = problem == null ? "" : problem.toLowerCase(Locale.ROOT);
        if (english.contains("mapping values are not allowed")) {
            String line = line(file, position.line());
            int colon = Math.min(line.length(), position.column() - 1);
            if (BARE_KEY.matcher(line.substring(0, colon)).matches()) {
                return Diagnostic.at(file, position, "syntaxe YAML invalide : indentation incohérente",
                        "alignez ce champ sur les autres champs du même niveau (même nombre d'espaces en début de ligne)");
            }
            Matcher keyValue = KEY_VALUE.matcher(line);
            if (keyValue.matches()) {
                return Diagnostic.at(file, position, "syntaxe YAML invalide : deux-points inattendu dans la valeur",
                        "mettez la valeur entre guillemets : " + keyValue.group(1).strip() + ": \""
                                + keyValue.group(2).strip().replace("\"", "\\\"") + "\"");
            }
        }
        if (english.contains("could not find expected ':'")) {
            Diagnostic unindented = unindentedBlockLine(file, position.line());
            if (unindented != null) {
                return unindented;
            }
        }
        for (Translation t : KNOWN) {
            if (english.contains(t.englishFragment().toLowerCase(Locale.ROOT))) {
                return Diagnostic.at(file, position, "syntaxe YAML invalide : " + t.message(), t.hint());
            }
        }
        return Diagnostic.at(file, position, "syntaxe YAML invalide",
                "vérifiez l'indentation, les deux-points et les guillemets de cette ligne");
    }
}
