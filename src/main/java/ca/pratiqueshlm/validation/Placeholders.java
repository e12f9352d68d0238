package ca.pratiqueshlm.validation;

import ca.pratiqueshlm.content.FrontMatter;
import ca.pratiqueshlm.content.YamlNode;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import ca.pratiqueshlm.diagnostics.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the « À COMPLÉTER » markers that {@code fiches new} writes, so an unfinished fiche fails with
 * one plain message per field left to fill, instead of a type error about the marker itself.
 */
public final class Placeholders {
    /** Upper case on purpose: « à compléter » is ordinary French and may appear in real text. */
    public static final String MARKER = "À COMPLÉTER";

    private Placeholders() {}

    /** One diagnostic per marker left in the front matter or the body. */
    static List<Diagnostic> find(SourceFile file, YamlNode root, FrontMatter front) {
        List<Diagnostic> found = new ArrayList<>();
        walk(file, root, "", found);
        String[] lines = front.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int column = lines[i].indexOf(MARKER);
            if (column >= 0) {
                found.add(Diagnostic.at(file, new Position(front.bodyFirstLine() + i, column + 1),
                        "texte de la fiche à compléter", "décrivez la pratique à la place de « " + MARKER + " »"));
            }
        }
        return found;
    }

    /**
     * Replaces the other problems reported at a marker (a marker is not a year, nor a known id) by the
     * marker's own message.
     */
    static void preferMarkers(List<Diagnostic> problems, List<Diagnostic> markers) {
        Set<Position> at = markers.stream().map(Diagnostic::position).collect(Collectors.toSet());
        problems.removeIf(problem -> at.contains(problem.position()));
        problems.addAll(markers);
    }

    private static void walk(SourceFile file, YamlNode node, String path, List<Diagnostic> found) {
        if (node instanceof YamlNode.Mapping mapping) {
            mapping.entries().forEach((key, entry) ->
                    walk(file, entry.value(), path.isEmpty() ? key : path + "." + key, found));
        } else if (node instanceof YamlNode.Sequence sequence) {
            sequence.items().forEach(item -> walk(file, item, path, found));
        } else if (node instanceof YamlNode.Scalar scalar && scalar.text() != null && scalar.text().contains(MARKER)) {
            found.add(Diagnostic.at(file, scalar.position(), "champ « " + path + " » à compléter",
                    "remplacez « " + MARKER + " » par la valeur (le commentaire au-dessus dit quoi écrire)"));
        }
    }
}
