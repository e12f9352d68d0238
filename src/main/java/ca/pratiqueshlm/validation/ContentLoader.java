package ca.pratiqueshlm.validation;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.content.ResultStore;
import ca.pratiqueshlm.content.YamlReader;
import ca.pratiqueshlm.content.SourceReader;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.diagnostics.SourceFile;
import ca.pratiqueshlm.markdown.MarkdownRenderer;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.NamedBooklet;
import ca.pratiqueshlm.model.Page;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.model.Registry;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.model.SiteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads and validates all the content: registries, then fiches, then pages. Every problem of the run is
 * collected; the site is returned only when there are none.
 */
public final class ContentLoader {
    private final ProjectLayout layout;
    private final MarkdownRenderer markdown;
    private final LoadedFiles loaded;
    private final YamlReader yaml;

    public ContentLoader(ProjectLayout layout) {
        this(layout, new MarkdownRenderer());
    }

    /** A loader that renders every body with {@code markdown}, which keeps them for the pages. */
    public ContentLoader(ProjectLayout layout, MarkdownRenderer markdown) {
        this(layout, markdown, LoadedFiles.none());
    }

    /** @param kept where the front matters of documents read by earlier builds are kept (the build cache) */
    public ContentLoader(ProjectLayout layout, MarkdownRenderer markdown, ResultStore kept) {
        this(layout, markdown, LoadedFiles.none(), kept);
    }

    /** @param loaded the fiche files already read and checked in this session (the preview's) */
    public ContentLoader(ProjectLayout layout, MarkdownRenderer markdown, LoadedFiles loaded) {
        this(layout, markdown, loaded, ResultStore.NONE);
    }

    public ContentLoader(ProjectLayout layout, MarkdownRenderer markdown, LoadedFiles loaded, ResultStore kept) {
        this.layout = layout;
        this.markdown = markdown;
        this.loaded = loaded;
        this.yaml = new YamlReader(kept);
    }

    public Result<Site> load() {
        List<Diagnostic> problems = new ArrayList<>();
        LoadedFiles.Settings settings = loaded.settings(settingsFiles(), () -> {
            List<Diagnostic> found = new ArrayList<>();
            RegistryLoader registryLoader = new RegistryLoader(layout, yaml);
            Optional<SiteConfig> read = registryLoader.siteConfig(found);
            return new LoadedFiles.Settings(read, registryLoader.load(found), List.copyOf(found));
        });
        problems.addAll(settings.problems());
        Optional<SiteConfig> config = settings.config();
        Registries registries = settings.registries();
        SourceReader reader = new SourceReader(layout);

        Map<Registry, List<String>> knownIds = new HashMap<>(registries.ids());
        // A broken registry loads partly: checking fiches against it would blame them for its errors.
        for (Diagnostic problem : problems) {
            knownIds.keySet().removeIf(registry -> problem.path().equals(registry.fileName()));
        }
        ReferenceHints hints = ReferenceHints.of(registries);
        List<Fiche> loadedFiches = new ArrayList<>();
        List<Path> ficheFiles = markdownFiles(layout.fiches(), problems);
        List<String> ficheSlugs = ficheFiles.stream().map(p -> new SourceFile(p, "").baseName()).toList();
        CrossReferences references = CrossReferences.of(registries, ficheSlugs);
        DocumentLoader fiches = new DocumentLoader(knownIds, hints, references, markdown, yaml);
        List<Path> pageFiles = markdownFiles(layout.pages(), problems);
        loaded.start(new LoadedFiles.Context(config, registries, Map.copyOf(knownIds), ficheSlugs),
                java.util.stream.Stream.concat(ficheFiles.stream(), pageFiles.stream()).toList());
        // Files are independent: read and bound in parallel, each with its own problem list, merged in
        // file order so the report does not depend on scheduling.
        List<LoadedFiles.Outcome<Fiche>> outcomes = ficheFiles.parallelStream()
                .map(path -> loaded.outcome(path, () -> read(reader, path, fiches, Fiche.class))).toList();
        for (LoadedFiles.Outcome<Fiche> outcome : outcomes) {
            problems.addAll(outcome.problems());
            outcome.document().ifPresent(loadedFiches::add);
        }
        checkCaseCollisions(ficheFiles, problems);

        new MisplacedFiles(layout).check(problems);
        FicheConsistency.checkFormerNames(layout, loadedFiches, problems);
        FicheConsistency.checkTitles(layout, loadedFiches, problems);
        knownIds.put(Registry.FICHE, ficheSlugs);
        List<NamedBooklet> booklets = new NamedBookletLoader(layout, yaml).load(ficheSlugs, hints, problems);
        DocumentLoader pages = new DocumentLoader(knownIds, hints, references, markdown, yaml);
        List<Page> loadedPages = new ArrayList<>();
        for (Path path : pageFiles) {
            LoadedFiles.Outcome<Page> outcome = loaded.outcome(path, () -> read(reader, path, pages, Page.class));
            problems.addAll(outcome.problems());
            outcome.document().ifPresent(loadedPages::add);
        }
        List<Diagnostic> links = new ArrayList<>();
        new InputFileGuard(layout).check(links);
        // The fiche reader already reports its own links; keep one message per file.
        links.stream().filter(link -> problems.stream().noneMatch(p -> p.path().equals(link.path())))
                .forEach(problems::add);
        if (problems.isEmpty() && loadedFiches.isEmpty()) {
            problems.add(new Diagnostic(display(layout.fiches()), Position.START, "aucune fiche à publier",
                    Optional.of("ajoutez un fichier .md dans " + display(layout.fiches()))));
        }
        if (!problems.isEmpty()) {
            return Result.failure(problems.stream().sorted(Diagnostic.ORDER).toList());
        }
        return Result.success(new Site(config.orElseThrow(), registries, loadedFiches, loadedPages, booklets));
    }

    /** Reads and checks one file, with its own problem list (files are read in parallel). */
    private static <T extends Record> LoadedFiles.Outcome<T> read(SourceReader reader, Path path, DocumentLoader loader, Class<T> type) {
        List<Diagnostic> fileProblems = new ArrayList<>();
        Optional<T> document = reader.read(path).reportTo(fileProblems)
                .flatMap(file -> loader.load(file, type, fileProblems));
        return new LoadedFiles.Outcome<>(document, List.copyOf(fileProblems));
    }

    /** The files the settings and registries are read from: site.yaml and everything in content/data/. */
    private List<Path> settingsFiles() {
        List<Path> files = new ArrayList<>();
        files.add(layout.content().resolve("site.yaml"));
        if (Files.isDirectory(layout.data())) {
            try (Stream<Path> data = Files.list(layout.data())) {
                data.sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** Markdown files of a folder, sorted; other files there are reported, since they would be lost. */
    private List<Path> markdownFiles(Path folder, List<Diagnostic> problems) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try {
            // The folder's entries with the attributes listing them reads anyway: no second look per file.
            Map<Path, BasicFileAttributes> entries = new TreeMap<>();
            Files.walkFileTree(folder, Set.of(), 1, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    entries.put(file, attributes);
                    return FileVisitResult.CONTINUE;
                }
            });
            List<Path> markdown = new ArrayList<>();
            for (Map.Entry<Path, BasicFileAttributes> entry : entries.entrySet()) {
                Path file = entry.getKey();
                String name = file.getFileName().toString();
                // A link is followed, as a folder reached through one is lost all the same.
                if (entry.getValue().isDirectory() || (entry.getValue().isSymbolicLink() && Files.isDirectory(file))) {
                    reportLostFolder(file, folder, problems);
                } else if (name.endsWith(".md")) {
                    markdown.add(file);
                } else if (!name.startsWith(".")) {
                    problems.add(new Diagnostic(display(file), Position.START,
                            "fichier ignoré : seules les fiches en .md sont publiées",
                            Optional.of("renommez-le en .md ou déplacez-le hors de " + display(folder))));
                }
            }
            return markdown;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder of .md files inside content/fiches/ would be silently left out of the site. */
    private void reportLostFolder(Path directory, Path folder, List<Diagnostic> problems) throws IOException {
        try (Stream<Path> inside = Files.walk(directory)) {
            if (inside.anyMatch(p -> p.getFileName().toString().endsWith(".md") && !p.equals(directory))
                    || directory.getFileName().toString().endsWith(".md")) {
                problems.add(new Diagnostic(display(directory), Position.START,
                        "dossier ignoré : les fichiers .md des sous-dossiers ne sont pas publiés",
                        Optional.of("placez les fichiers directement dans " + display(folder)
                                + " (un dossier ne doit pas non plus se terminer par .md)")));
            }
        }
    }

    /** Two files whose names differ only by case would overwrite each other on some systems. */
    private void checkCaseCollisions(List<Path> files, List<Diagnostic> problems) {
        Map<String, Path> seen = new HashMap<>();
        for (Path file : files) {
            String key = file.getFileName().toString().toLowerCase(Locale.ROOT);
            Path previous = seen.putIfAbsent(key, file);
            if (previous != null) {
                problems.add(new Diagnostic(display(file), Position.START,
                        "slug en double : « " + file.getFileName() + " » et « " + previous.getFileName() + " »",
                        Optional.of("deux fiches ne peuvent pas avoir le même nom de fichier ; renommez l'une d'elles")));
            }
        }
    }

    private String display(Path path) {
        return layout.relative(path).toString().replace('\\', '/');
    }
}
