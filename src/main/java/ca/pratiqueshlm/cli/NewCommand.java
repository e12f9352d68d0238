package ca.pratiqueshlm.cli;

import ca.pratiqueshlm.scaffold.FicheCreator;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scaffolds a fiche whose every field says what to write. */
@Command(name = "new", description = {
        "Crée content/fiches/<slug>.md, une fiche à compléter : chaque champ y est expliqué. Les options",
        "manquantes sont demandées au terminal. La fiche ne passe « check » qu'une fois complétée."})
final class NewCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Option(names = "--titre", paramLabel = "TITRE", description = "Titre de la pratique (donne le nom du fichier).")
    String title;

    @Option(names = "--categorie", paramLabel = "ID", description = "Catégorie principale (content/data/categories.yaml).")
    String category;

    @Option(names = "--region", paramLabel = "CODE", description = "Code de la région, de 01 à 17 (content/data/regions.yaml).")
    String region;

    @Spec
    CommandSpec spec;

    /** The terminal, when there is one; tests and scripts have none. */
    Console console = System.console();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FicheCreator creator = new FicheCreator(options.layout());
        List<String> missing = new ArrayList<>();
        if (title == null) missing.add("--titre");
        if (category == null) missing.add("--categorie");
        if (region == null) missing.add("--region");
        if (!missing.isEmpty() && console == null) {
            err.println("Option manquante : " + String.join(", ", missing) + ".");
            err.println("Exemple : fiches new --titre \"Jardin collectif de Dosquet\" --categorie vivre-ensemble --region 12");
            return ExitCodes.USAGE;
        }
        if (title == null) {
            title = ask("Titre de la pratique", creator::titleProblem, Function.identity());
        }
        if (category == null) {
            printChoices(creator.categories().stream().map(c -> c.id() + " : " + c.name()).toList());
            category = ask("Catégorie principale", creator::categoryProblem, Function.identity());
        }
        if (region == null) {
            printChoices(creator.regions().stream().map(r -> r.code() + " : " + r.name()).toList());
            region = ask("Code de la région", creator::regionProblem, creator::normalizeRegion);
        }
        region = creator.normalizeRegion(region);
        Optional<String> problem = creator.titleProblem(title).or(() -> creator.categoryProblem(category))
                .or(() -> creator.regionProblem(region));
        if (problem.isPresent()) {
            err.println("Fiche non créée : " + problem.get() + ".");
            return ExitCodes.USAGE;
        }
        try {
            Path file = creator.create(title, category, region, LocalDate.now());
            out.println("Fiche créée : " + creator.display(file));
            out.println("Remplacez chaque « À COMPLÉTER », puis vérifiez avec : fiches check");
            return ExitCodes.OK;
        } catch (FileAlreadyExistsException e) {
            err.println("Fiche non créée : " + e.getFile() + " existe déjà ; " + e.getReason() + ".");
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("Fiche non créée : " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
    }

    private void printChoices(List<String> choices) {
        choices.forEach(choice -> console.printf("  %s%n", choice));
    }

    /** Asks until the answer is acceptable; end of input (Ctrl+D) gives up. */
    private String ask(String question, Function<String, Optional<String>> problemOf, Function<String, String> normalize) {
        while (true) {
            String answer = console.readLine("%s : ", question);
            if (answer == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "réponse manquante : " + question);
            }
            String value = normalize.apply(answer.strip());
            Optional<String> problem = problemOf.apply(value);
            if (problem.isEmpty()) {
                return value;
            }
            console.printf("%s%n", problem.get());
        }
    }
}
