package ca.pratiqueshlm.validation;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.content.SourceReader;
import ca.pratiqueshlm.content.YamlNode;
import ca.pratiqueshlm.content.YamlReader;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import ca.pratiqueshlm.diagnostics.SourceFile;
import ca.pratiqueshlm.model.Category;
import ca.pratiqueshlm.model.Outcome;
import ca.pratiqueshlm.model.OutcomeRegistry;
import ca.pratiqueshlm.model.Partner;
import ca.pratiqueshlm.model.Population;
import ca.pratiqueshlm.model.Programme;
import ca.pratiqueshlm.model.Region;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.model.Registry;
import ca.pratiqueshlm.model.SiteConfig;
import ca.pratiqueshlm.model.Source;
import ca.pratiqueshlm.model.SynonymGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Loads the shared registries of {@code content/data/} and checks their ids. */
public final class RegistryLoader {
    private final ProjectLayout layout;
    private final SourceReader reader;
    private final YamlReader yaml;

    public RegistryLoader(ProjectLayout layout) {
        this(layout, new YamlReader());
    }

    /**
     * @param yaml reads the registries: the build's keeps their trees in the build cache, as the fiches'
     *             front matters, so an unchanged project is read without the YAML parser (a tenth of a
     *             second of a cold run)
     */
    public RegistryLoader(ProjectLayout layout, YamlReader yaml) {
        this.layout = layout;
        this.reader = new SourceReader(layout);
        this.yaml = yaml;
    }

    /** Every registry; problems go to {@code sink}, and a broken registry loads as empty. */
    public Registries load(List<Diagnostic> sink) {
        List<Category> categories = list("categories.yaml", Category.class, Category::id, Map.of(), sink);
        List<Region> regions = list("regions.yaml", Region.class, Region::code, Map.of(), sink);
        List<Population> populations = list("populations.yaml", Population.class, Population::id, Map.of(), sink);
        List<Partner> partners = list("partenaires.yaml", Partner.class, Partner::id, Map.of(), sink);
        List<Source> sources = list("sources.yaml", Source.class, Source::id, Map.of(), sink);
        Map<Registry, List<String>> sourceIds = Map.of(Registry.SOURCE, sources.stream().map(Source::id).toList());
        List<Programme> programmes = list("programmes.yaml", Programme.class, Programme::id, sourceIds, sink);
        OutcomeRegistry outcomes = outcomes(sink);
        List<SynonymGroup> synonyms = new SynonymLoader(layout, yaml).load(sink);
        return new Registries(categories, regions, populations, partners, outcomes.themes(), outcomes.outcomes(),
                sources, programmes, synonyms);
    }

    /** The site settings of {@code content/site.yaml}. */
    public Optional<SiteConfig> siteConfig(List<Diagnostic> sink) {
        Path path = layout.content().resolve("site.yaml");
        if (!Files.exists(path)) {
            sink.add(new Diagnostic(layout.relative(path).toString().replace('\\', '/'), Position.START,
                    "réglages du site manquants", Optional.of("créez content/site.yaml (voir CONTRIBUTING.md)")));
            return Optional.empty();
        }
        return reader.read(path).reportTo(sink)
                .flatMap(file -> yaml.read(file, file.text(), 1).reportTo(sink)
                        .flatMap(root -> new RecordBinder(file, Map.of(), sink).bind(SiteConfig.class, root, "", Map.of())));
    }

    private <T extends Record> List<T> list(String fileName, Class<T> type, Function<T, String> id,
            Map<Registry, List<String>> knownIds, List<Diagnostic> sink) {
        Optional<Parsed> parsed = parse(fileName, sink);
        if (parsed.isEmpty()) {
            return List.of();
        }
        List<T> items = new RecordBinder(parsed.get().file(), knownIds, sink).bindList(type, parsed.get().root(), "");
        checkUniqueIds(parsed.get(), items, id, sink);
        return items;
    }

    private OutcomeRegistry outcomes(List<Diagnostic> sink) {
        Optional<Parsed> parsed = parse("retombees.yaml", sink);
        if (parsed.isEmpty()) {
            return new OutcomeRegistry(List.of(), List.of());
        }
        SourceFile file = parsed.get().file();
        Optional<OutcomeRegistry> registry = new RecordBinder(file, Map.of(), sink)
                .bind(OutcomeRegistry.class, parsed.get().root(), "", Map.of());
        if (registry.isEmpty()) {
            return new OutcomeRegistry(List.of(), List.of());
        }
        List<String> themeIds = registry.get().themes().stream().map(t -> t.id()).toList();
        checkUniqueIds(parsed.get(), registry.get().themes(), t -> t.id(), sink);
        checkUniqueIds(parsed.get(), registry.get().outcomes(), Outcome::id, sink);
        for (Outcome outcome : registry.get().outcomes()) {
            if (!themeIds.contains(outcome.theme())) {
                sink.add(Diagnostic.at(file, themePosition(parsed.get().root(), outcome.id()),
                        "thème inconnu « " + outcome.theme() + " » pour la retombée « " + outcome.id() + " »",
                        Suggestions.didYouMean(outcome.theme(), themeIds)
                                .orElse("thèmes permis : " + String.join(", ", themeIds))));
            }
        }
        return registry.get();
    }

    private <T> void checkUniqueIds(Parsed parsed, List<T> items, Function<T, String> id, List<Diagnostic> sink) {
        Map<String, Integer> seen = new HashMap<>();
        for (T item : items) {
            String key = id.apply(item);
            if (seen.merge(key, 1, Integer::sum) == 2) {
                sink.add(Diagnostic.at(parsed.file(), locateLast(parsed.file(), key),
                        "identifiant « " + key + " » en double dans " + parsed.file().displayPath(),
                        "chaque entrée doit avoir son propre identifiant ; fusionnez les deux entrées"));
            }
        }
    }

    private Optional<Parsed> parse(String fileName, List<Diagnostic> sink) {
        Path path = layout.data().resolve(fileName);
        if (!Files.exists(path)) {
            sink.add(new Diagnostic(layout.relative(path).toString().replace('\\', '/'), Position.START,
                    "registre manquant", Optional.of("créez ce fichier : le site en a besoin")));
            return Optional.empty();
        }
        return reader.read(path).reportTo(sink)
                .flatMap(file -> yaml.read(file, file.text(), 1).reportTo(sink).map(root -> new Parsed(file, root)));
    }

    /** Where the theme of outcome {@code id} is written: its own entry, not a line that merely looks alike. */
    private static Position themePosition(YamlNode root, String id) {
        if (root instanceof YamlNode.Mapping mapping && mapping.entries().get("retombees") != null
                && mapping.entries().get("retombees").value() instanceof YamlNode.Sequence items) {
            for (YamlNode item : items.items()) {
                if (item instanceof YamlNode.Mapping entry && entry.entries().get("id") != null
                        && entry.entries().get("id").value() instanceof YamlNode.Scalar scalar
                        && scalar.text().strip().equals(id) && entry.entries().get("theme") != null) {
                    return entry.entries().get("theme").value().position();
                }
            }
        }
        return root.position();
    }

    private static Position locateLast(SourceFile file, String id) {
        String[] lines = file.text().split("\n", -1);
        for (int i = lines.length - 1; i >= 0; i--) {
            int column = lines[i].indexOf(id);
            if (column >= 0 && (lines[i].contains("id:") || lines[i].contains("code:"))) {
                return new Position(i + 1, column + 1);
            }
        }
        return Position.START;
    }

    private record Parsed(SourceFile file, YamlNode root) {}
}
