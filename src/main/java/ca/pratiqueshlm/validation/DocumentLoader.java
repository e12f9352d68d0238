package ca.pratiqueshlm.validation;

import ca.pratiqueshlm.content.FrontMatter;
import ca.pratiqueshlm.content.FrontMatterSplitter;
import ca.pratiqueshlm.content.YamlNode;
import ca.pratiqueshlm.content.YamlReader;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import ca.pratiqueshlm.diagnostics.SourceFile;
import ca.pratiqueshlm.markdown.MarkdownRenderer;
import ca.pratiqueshlm.model.Registry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a fiche or page file into its record: split, parse, bind, check the body. */
public final class DocumentLoader {
    private final YamlReader yaml;
    private final Map<Registry, ? extends Collection<String>> knownIds;
    private final ReferenceHints hints;
    private final CrossReferences references;
    private final MarkdownRenderer markdown;

    public DocumentLoader(Map<Registry, ? extends Collection<String>> knownIds) {
        this(knownIds, new MarkdownRenderer());
    }

    public DocumentLoader(Map<Registry, ? extends Collection<String>> knownIds, MarkdownRenderer markdown) {
        this(knownIds, ReferenceHints.NONE, CrossReferences.NONE, markdown);
    }

    /** @param markdown renders each body within its limits (and keeps it for the pages) */
    public DocumentLoader(Map<Registry, ? extends Collection<String>> knownIds, ReferenceHints hints,
            CrossReferences references, MarkdownRenderer markdown) {
        this(knownIds, hints, references, markdown, new YamlReader());
    }

    /** @param yaml reads the front matter (and may keep the trees of documents read before) */
    public DocumentLoader(Map<Registry, ? extends Collection<String>> knownIds, ReferenceHints hints,
            CrossReferences references, MarkdownRenderer markdown, YamlReader yaml) {
        this.yaml = yaml;
        this.knownIds = knownIds;
        this.hints = hints;
        this.references = references;
        this.markdown = markdown;
    }

    /** Binds {@code file} to {@code type}; the record gets slug, sourcePath and body from the file. */
    public <T extends Record> Optional<T> load(SourceFile file, Class<T> type, List<Diagnostic> sink) {
        String slug = file.baseName();
        if (Slugs.isReserved(slug)) {
            sink.add(Diagnostic.at(file, Position.START,
                    "nom de fichier « " + file.path().getFileName() + " » réservé",
                    "« index » désigne la page de liste de la section ; nommez le fichier d'après le titre de la fiche"));
        } else if (!Slugs.isValid(slug)) {
            sink.add(Diagnostic.at(file, Position.START,
                    "nom de fichier « " + file.path().getFileName() + " » invalide",
                    "renommez-le « " + Slugs.slugify(slug) + ".md » (minuscules sans accent, chiffres, traits d'union)"));
        }
        Optional<FrontMatter> split = FrontMatterSplitter.split(file).reportTo(sink);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter front = split.get();
        Optional<YamlNode> root = yaml.read(file, front.yaml(), front.yamlFirstLine()).reportTo(sink);
        List<Diagnostic> problems = new ArrayList<>();
        boolean isPage = type == ca.pratiqueshlm.model.Page.class;
        if (isPage && root.filter(DocumentLoader::looksLikeFiche).isPresent()) {
            sink.add(Diagnostic.at(file, Position.START, "ce fichier est une fiche, mais il est dans "
                    + file.displayPath().substring(0, file.displayPath().lastIndexOf('/') + 1),
                    "déplacez-le dans content/fiches/ ; content/pages/ ne reçoit que les pages de référence"));
            return Optional.empty();
        }
        checkBody(file, front, isPage, problems);
        references.checkLinks(file, front.body(), front.bodyFirstLine(), problems);
        root.ifPresent(node -> references.checkLocators(file, node, problems));
        Optional<T> bound = root.flatMap(node -> new RecordBinder(file, knownIds, hints, problems).bind(type, node, "",
                Map.of("slug", slug, "sourcePath", file.displayPath(), "body", front.body())));
        Placeholders.preferMarkers(problems, root.map(node -> Placeholders.find(file, node, front)).orElse(List.of()));
        sink.addAll(problems);
        return problems.isEmpty() && Slugs.isValid(slug) && !Slugs.isReserved(slug) ? bound : Optional.empty();
    }

    /** Keys only a fiche has: a fiche saved among the pages would otherwise get one error per key. */
    private static boolean looksLikeFiche(YamlNode root) {
        return root instanceof YamlNode.Mapping mapping && java.util.stream.Stream
                .of("categorie", "lieu", "types_habitation", "periode", "statut", "activites")
                .filter(mapping.entries()::containsKey).count() >= 2;
    }

    private void checkBody(SourceFile file, FrontMatter front, boolean isPage, List<Diagnostic> sink) {
        if (front.body().isBlank()) {
            sink.add(Diagnostic.at(file, new Position(front.bodyFirstLine(), 1),
                    isPage ? "le texte de la page est vide" : "le texte de la fiche est vide",
                    isPage ? "après la ligne « --- », écrivez le contenu de la page"
                            : "après la ligne « --- », décrivez la pratique en un ou plusieurs paragraphes"));
            return;
        }
        BodyChecker.check(file, front.body(), front.bodyFirstLine(), sink);
        if (markdown.tryRender(front.body()) instanceof MarkdownRenderer.Rendering.Refused refused) {
            sink.add(Diagnostic.at(file, new Position(front.bodyFirstLine() + refused.line(), 1),
                    refused.message(), refused.hint()));
        }
    }
}
