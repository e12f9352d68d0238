package ca.pratiqueshlm.validation;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.content.SourceReader;
import ca.pratiqueshlm.content.YamlNode.Scalar;
import ca.pratiqueshlm.content.YamlNode.Sequence;
import ca.pratiqueshlm.content.YamlNode;
import ca.pratiqueshlm.content.YamlReader;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.SourceFile;
import ca.pratiqueshlm.model.Folding;
import ca.pratiqueshlm.model.SynonymGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads {@code content/data/synonymes.yaml}: a list of groups, each a list of two or more words or
 * expressions a reader may use for the same thing. The file is optional; a term may be in one group only.
 */
public final class SynonymLoader {
    public static final String FILE = "synonymes.yaml";

    private final ProjectLayout layout;
    private final YamlReader yaml;

    /** @param yaml reads the file (the build's keeps its tree in the build cache) */
    public SynonymLoader(ProjectLayout layout, YamlReader yaml) {
        this.layout = layout;
        this.yaml = yaml;
    }

    /** The groups; problems go to {@code sink}, and a broken group is left out. */
    public List<SynonymGroup> load(List<Diagnostic> sink) {
        Path path = layout.data().resolve(FILE);
        if (!Files.exists(path)) {
            return List.of();
        }
        return new SourceReader(layout).read(path).reportTo(sink)
                .flatMap(file -> yaml.read(file, file.text(), 1).reportTo(sink)
                        .map(root -> groups(file, root, sink)))
                .orElse(List.of());
    }

    private static List<SynonymGroup> groups(SourceFile file, YamlNode root, List<Diagnostic> sink) {
        if (root instanceof YamlNode.Mapping empty && empty.entries().isEmpty()) {
            return List.of(); // an empty file: no synonyms yet
        }
        if (!(root instanceof Sequence list)) {
            sink.add(Diagnostic.at(file, root.position(), "le fichier doit être une liste de groupes, pas " + root.kindName(),
                    "écrivez un groupe par ligne, par exemple « - [aînés, personnes âgées] »"));
            return List.of();
        }
        List<SynonymGroup> groups = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (YamlNode item : list.items()) {
            group(file, item, seen, sink).ifPresent(groups::add);
        }
        return groups;
    }

    private static Optional<SynonymGroup> group(SourceFile file, YamlNode item, Map<String, Integer> seen,
            List<Diagnostic> sink) {
        if (!(item instanceof Sequence terms)) {
            sink.add(Diagnostic.at(file, item.position(), "un groupe de synonymes doit être une liste, pas " + item.kindName(),
                    "mettez les termes entre crochets : « - [aînés, personnes âgées] »"));
            return Optional.empty();
        }
        List<String> kept = new ArrayList<>();
        for (YamlNode node : terms.items()) {
            if (!(node instanceof Scalar scalar) || scalar.isNull() || scalar.text().isBlank()) {
                sink.add(Diagnostic.at(file, node.position(), "terme vide ou qui n'est pas un texte dans un groupe de synonymes",
                        "écrivez un mot ou une expression, par exemple « personnes âgées »"));
                continue;
            }
            String key = Folding.words(scalar.text());
            Integer line = seen.putIfAbsent(key, scalar.position().line());
            if (line != null) {
                sink.add(Diagnostic.at(file, scalar.position(), "« " + scalar.text().strip()
                        + " » figure déjà dans un groupe de synonymes (ligne " + line + ")",
                        "un terme ne va que dans un groupe : fusionnez les deux groupes ou retirez ce terme"));
                continue;
            }
            kept.add(scalar.text().strip());
        }
        if (terms.items().size() < 2) {
            sink.add(Diagnostic.at(file, item.position(), "un groupe de synonymes doit avoir au moins deux termes",
                    "ajoutez l'autre façon de dire la même chose, ou retirez la ligne"));
            return Optional.empty();
        }
        return kept.size() < 2 ? Optional.empty() : Optional.of(new SynonymGroup(kept));
    }
}
