package ca.pratiqueshlm.validation;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.content.SourceReader;
import ca.pratiqueshlm.content.YamlNode;
import ca.pratiqueshlm.content.YamlReader;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.SourceFile;
import ca.pratiqueshlm.model.NamedBooklet;
import ca.pratiqueshlm.model.Registry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the named booklets of {@code content/data/livrets.yaml}, an optional file: each fiche must exist
 * and appear once in its booklet, and each id once in the file.
 */
public final class NamedBookletLoader {
    /** The file's name in {@code content/data/}. */
    public static final String FILE = "livrets.yaml";

    private final ProjectLayout layout;
    private final YamlReader yaml;

    /** @param yaml reads the file (the build's keeps its tree in the build cache) */
    public NamedBookletLoader(ProjectLayout layout, YamlReader yaml) {
        this.layout = layout;
        this.yaml = yaml;
    }

    /** The booklets; none when the file is absent. Problems go to {@code sink}. */
    public List<NamedBooklet> load(Collection<String> ficheSlugs, ReferenceHints hints, List<Diagnostic> sink) {
        Path path = layout.data().resolve(FILE);
        if (!Files.exists(path)) {
            return List.of();
        }
        Optional<SourceFile> file = new SourceReader(layout).read(path).reportTo(sink);
        Optional<YamlNode> root = file.flatMap(f -> yaml.read(f, f.text(), 1).reportTo(sink));
        if (root.isEmpty()) {
            return List.of();
        }
        List<NamedBooklet> booklets = new RecordBinder(file.get(), Map.of(Registry.FICHE, List.copyOf(ficheSlugs)), hints, sink)
                .bindList(NamedBooklet.class, root.get(), "");
        if (root.get() instanceof YamlNode.Sequence entries) {
            checkRepeats(file.get(), entries, sink);
        }
        return booklets;
    }

    /** An id used twice, or a fiche listed twice in one booklet: each reported where it is repeated. */
    private static void checkRepeats(SourceFile file, YamlNode.Sequence entries, List<Diagnostic> sink) {
        Set<String> ids = new HashSet<>();
        for (YamlNode entry : entries.items()) {
            if (!(entry instanceof YamlNode.Mapping mapping)) {
                continue; // the binder reported it
            }
            scalar(mapping.entries().get("id")).filter(id -> !ids.add(id.text().strip())).ifPresent(id ->
                    sink.add(Diagnostic.at(file, id.position(), "identifiant « " + id.text().strip()
                            + " » en double dans " + file.displayPath(),
                            "chaque livret a son propre identifiant, qui donne le nom de son PDF ; renommez l'un des deux")));
            YamlNode.Entry fiches = mapping.entries().get("fiches");
            if (fiches != null && fiches.value() instanceof YamlNode.Sequence list) {
                checkRepeatedFiches(file, list, sink);
            }
        }
    }

    private static void checkRepeatedFiches(SourceFile file, YamlNode.Sequence list, List<Diagnostic> sink) {
        Set<String> seen = new HashSet<>();
        for (YamlNode item : list.items()) {
            if (item instanceof YamlNode.Scalar slug && !slug.isNull() && !seen.add(slug.text().strip())) {
                sink.add(Diagnostic.at(file, slug.position(), "la fiche « " + slug.text().strip()
                        + " » figure deux fois dans ce livret", "retirez l'une des deux lignes"));
            }
        }
    }

    private static Optional<YamlNode.Scalar> scalar(YamlNode.Entry entry) {
        return entry != null && entry.value() instanceof YamlNode.Scalar scalar && !scalar.isNull()
                ? Optional.of(scalar) : Optional.empty();
    }
}
