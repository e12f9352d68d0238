package ca.pratiqueshlm.cli;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.index.SiteIndex;
import ca.pratiqueshlm.markdown.MarkdownRenderer;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.NamedBooklet;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.output.SiteWriter;
import ca.pratiqueshlm.plan.Formats;
import ca.pratiqueshlm.plan.ViewFactory;
import ca.pratiqueshlm.print.PrintPublisher;
import ca.pratiqueshlm.render.jbake.JBakeTemplateEngine;
import ca.pratiqueshlm.validation.ContentLoader;
import ca.pratiqueshlm.validation.Suggestions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes the forum booklet of a selection of fiches, in the order given. */
@Command(name = "livret", description = "Écrit le livret PDF d'une sélection de fiches, dans l'ordre donné, "
        + "ou d'un livret préparé de content/data/livrets.yaml (couverture, carte, table des matières, fiches, sources).")
final class LivretCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Parameters(arity = "0..*", paramLabel = "FICHE",
            description = "Les fiches du livret : nom du fichier sans .md (ex. : multiboulot place-de-la-rive).")
    List<String> slugs = List.of();

    @Option(names = "--nom", paramLabel = "LIVRET",
            description = "Un livret préparé de content/data/livrets.yaml, par son identifiant (ex. : forum-jeunes), "
                    + "écrit tel que le site le publie ; au lieu d'une liste de fiches.")
    String named;

    @Option(names = "--titre", paramLabel = "TITRE", defaultValue = "Sélection de fiches",
            description = "Titre de la couverture d'une sélection (défaut : ${DEFAULT-VALUE}).")
    String title;

    @Option(names = {"-o", "--output"}, paramLabel = "FICHIER",
            description = "PDF à écrire (défaut : target/livret-selection.pdf, ou target/livret-LIVRET.pdf avec --nom).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if ((named == null) == slugs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), named == null
                    ? "nommez les fiches du livret, ou un livret préparé avec --nom LIVRET"
                    : "nommez soit des fiches, soit un livret préparé (--nom LIVRET), pas les deux");
        }
        PrintWriter err = spec.commandLine().getErr();
        ProjectLayout layout = options.layout();
        MarkdownRenderer markdown = new MarkdownRenderer();
        Result<Site> loaded = new ContentLoader(layout, markdown).load();
        if (!loaded.isSuccess()) {
            options.format.print(loaded.problems(), err);
            err.println("Corrigez les fiches avant de produire un livret.");
            return ExitCodes.CONTENT_ERRORS;
        }
        Site site = loaded.get();
        if (named != null) {
            Optional<NamedBooklet> booklet = site.booklets().stream().filter(b -> b.id().equals(named)).findFirst();
            if (booklet.isEmpty()) {
                err.println("fiches livret : livret inconnu « " + named + " » — " + unknownBookletHint(site));
                err.println("Le livret n'a pas été écrit.");
                return ExitCodes.CONTENT_ERRORS;
            }
            Path target = output != null ? output : layout.root().resolve("target/livret-" + named + ".pdf");
            return write(layout, site, markdown, publisher -> publisher.namedBooklet(booklet.get()), target,
                    booklet.get().fiches().size());
        }
        Map<String, Fiche> bySlug = site.fiches().stream().collect(Collectors.toMap(Fiche::slug, Function.identity()));
        List<String> problems = new ArrayList<>();
        List<Fiche> chosen = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String slug : slugs) {
            String name = slug.endsWith(".md") ? slug.substring(0, slug.length() - 3) : slug;
            Fiche fiche = bySlug.get(name);
            if (fiche == null) {
                problems.add("fiche inconnue « " + slug + " »" + Suggestions.didYouMean(name, bySlug.keySet())
                        .map(s -> " — " + s).orElse(" — les fiches sont les fichiers .md de content/fiches/"));
            } else if (!seen.add(name)) {
                problems.add("la fiche « " + name + " » est nommée deux fois — retirez l'une des deux");
            } else {
                chosen.add(fiche);
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("fiches livret : " + p));
            err.println("Le livret n'a pas été écrit.");
            return ExitCodes.CONTENT_ERRORS;
        }
        Path target = output != null ? output : layout.root().resolve("target/livret-selection.pdf");
        return write(layout, site, markdown, publisher -> publisher.selectionBooklet(title, chosen), target, chosen.size());
    }

    private String unknownBookletHint(Site site) {
        List<String> ids = site.booklets().stream().map(NamedBooklet::id).toList();
        if (ids.isEmpty()) {
            return "content/data/livrets.yaml n'en déclare aucun";
        }
        return Suggestions.didYouMean(named, ids)
                .orElse("les livrets préparés de content/data/livrets.yaml sont : " + String.join(", ", ids));
    }

    private int write(ProjectLayout layout, Site site, MarkdownRenderer markdown, Function<PrintPublisher, byte[]> booklet,
            Path target, int count) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path scratch = null;
        try {
            // The template engine's configuration wants a destination; the booklet is the only output.
            scratch = Files.createTempDirectory("livret");
            JBakeTemplateEngine templates = new JBakeTemplateEngine(layout.root(), layout.templates(), scratch);
            SiteIndex index = SiteIndex.of(site);
            // The build's PDF cache: the fiches' booklet parts a build made are read back, not laid out again.
            byte[] pdf = booklet.apply(new PrintPublisher(site, index, new ViewFactory(site, index, markdown), templates,
                    layout.root().resolve("target/pdf-cache")));
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.write(target, pdf);
            out.printf("Livret écrit : %s (%s).%n", target.toAbsolutePath().normalize(), Formats.count(count, "fiche", "fiches"));
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            err.println("Échec du livret : " + e.getMessage());
            return ExitCodes.INTERNAL;
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static void deleteQuietly(Path scratch) {
        try {
            if (scratch != null) {
                SiteWriter.deleteTree(scratch);
            }
        } catch (IOException e) {
            // An empty folder left in the temporary directory: nothing the editor needs to hear about.
        }
    }
}
