package ca.pratiqueshlm.validation;

import ca.pratiqueshlm.content.FrontMatter;
import ca.pratiqueshlm.content.FrontMatterSplitter;
import ca.pratiqueshlm.content.YamlNode;
import ca.pratiqueshlm.content.YamlReader;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import ca.pratiqueshlm.diagnostics.SourceFile;
import ca.pratiqueshlm.model.Registry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a fiche or page file into its record: split, parse, bind, check the body. */
public final class DocumentLoader {
    private final YamlReader yaml = new YamlReader();
    private final Map<Registry, ? extends Collection<String>> knownIds;

    public DocumentLoader(Map<Registry, ? extends Collection<String>> knownIds) {
        this.knownIds = knownIds;
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
        checkBody(file, front, type == ca.pratiqueshlm.model.Page.class, problems);
        Optional<T> bound = root.flatMap(node -> new RecordBinder(file, knownIds, problems).bind(type, node, "",
                Map.of("slug", slug, "sourcePath", file.displayPath(), "body", front.body())));
        Placeholders.preferMarkers(problems, root.map(node -> Placeholders.find(file, node, front)).orElse(List.of()));
        sink.addAll(problems);
        return problems.isEmpty() && Slugs.isValid(slug) && !Slugs.isReserved(slug) ? bound : Optional.empty();
    }

    private static void checkBody(SourceFile file, FrontMatter front, boolean isPage, List<Diagnostic> sink) {
        if (front.body().isBlank()) {
            sink.add(Diagnostic.at(file, new Position(front.bodyFirstLine(), 1),
                    isPage ? "le texte de la page est vide" : "le texte de la fiche est vide",
                    isPage ? "après la ligne « --- », écrivez le contenu de la page"
                            : "après la ligne « --- », décrivez la pratique en un ou plusieurs paragraphes"));
            return;
        }
        BodyChecker.check(file, front.body(), front.bodyFirstLine(), sink);
    }
}
