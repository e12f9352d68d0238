package ca.pratiqueshlm.cli;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.schema.FicheSchema;
import ca.pratiqueshlm.schema.FieldReference;
import ca.pratiqueshlm.validation.RegistryLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes schema/fiche.schema.json from the model and the registries, or checks that it is current. */
@Command(name = "schema", description = "Écrit " + FicheSchema.PATH
        + " (schéma JSON des fiches pour VS Code) à partir du modèle et des registres.")
final class SchemaCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Option(names = "--verifier", description = "Vérifie que le fichier est à jour, sans l'écrire.")
    boolean verify;

    @Option(names = "--champs", description = "Affiche le tableau des champs de CONTRIBUTING.md (Markdown), sans rien écrire.")
    boolean fieldTable;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (fieldTable) {
            out.print(FieldReference.markdown());
            out.flush();
            return ExitCodes.OK;
        }
        List<Diagnostic> problems = new ArrayList<>();
        Registries registries = new RegistryLoader(options.layout()).load(problems);
        if (!problems.isEmpty()) {
            options.format.print(problems, err);
            err.println("Corrigez les registres avant de produire le schéma.");
            return ExitCodes.CONTENT_ERRORS;
        }
        String schema = new FicheSchema(registries).json();
        Path target = options.layout().root().resolve(FicheSchema.PATH);
        try {
            String current = Files.exists(target) ? Files.readString(target, StandardCharsets.UTF_8) : "";
            if (verify) {
                if (current.equals(schema)) {
                    out.println(FicheSchema.PATH + " est à jour.");
                    return ExitCodes.OK;
                }
                err.println(FicheSchema.PATH + " n'est pas à jour avec les registres — lancez « "
                        + FicheSchema.COMMAND + " » et ajoutez le fichier au commit.");
                return ExitCodes.CONTENT_ERRORS;
            }
            if (!current.equals(schema)) {
                Files.createDirectories(target.getParent());
                Files.writeString(target, schema, StandardCharsets.UTF_8);
            }
            out.println((current.equals(schema) ? "Déjà à jour : " : "Écrit : ") + FicheSchema.PATH);
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("Impossible d'écrire " + target + " : " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
    }
}
