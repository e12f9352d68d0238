package ca.pratiqueshlm.cli;

import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.pipeline.SiteBuilder;
import ca.pratiqueshlm.report.EditorialReport;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The editorial report: what to check, complete or tidy next. Changes nothing. */
@Command(name = "rapport", description = "Rapport pour l'équipe de rédaction : fiches à revérifier, champs facultatifs"
        + " vides, entrées de registre inutilisées, alias douteux, fiches sans retombées, sources sans adresse,"
        + " titres en double.")
final class RapportCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Option(names = "--mois", paramLabel = "N", defaultValue = "12",
            description = "Une fiche est à revérifier si sa mise à jour date de plus de N mois (défaut : ${DEFAULT-VALUE}).")
    int months;

    @Spec
    CommandSpec spec;

    /** Today, for the age of fiches; tests fix it. */
    LocalDate today = LocalDate.now();

    @Override
    public Integer call() {
        Result<Site> result = new SiteBuilder(options.layout()).check();
        if (!result.isSuccess()) {
            options.format.print(result.problems(), spec.commandLine().getErr());
            return ExitCodes.CONTENT_ERRORS;
        }
        EditorialReport report = EditorialReport.of(result.get(), today, months);
        PrintWriter out = spec.commandLine().getOut();
        section(out, "Fiches non revérifiées depuis plus de " + months + " mois", report.stale());
        section(out, "Champs facultatifs vides", report.missingOptional());
        section(out, "Entrées de registre qu'aucune fiche n'utilise", report.unusedEntries());
        section(out, "Alias qui ressemblent à des fautes de frappe", report.suspiciousAliases());
        section(out, "Fiches sans retombées", report.withoutOutcomes());
        section(out, "Sources sans adresse publique", report.sourcesWithoutAddress());
        return ExitCodes.OK;
    }

    private static void section(PrintWriter out, String title, List<String> lines) {
        out.println(title + " (" + lines.size() + ")");
        lines.forEach(line -> out.println("  - " + line));
        if (lines.isEmpty()) {
            out.println("  aucune");
        }
        out.println();
    }
}
