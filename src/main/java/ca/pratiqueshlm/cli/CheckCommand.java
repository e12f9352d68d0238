package ca.pratiqueshlm.cli;

import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.pipeline.SiteBuilder;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Validates the content without writing anything. */
@Command(name = "check", description = "Valide les fiches sans construire le site.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Result<Site> result = new SiteBuilder(options.layout()).check();
        if (!result.isSuccess()) {
            options.format.print(result.problems(), options.format == DiagnosticFormat.text
                    ? spec.commandLine().getErr() : spec.commandLine().getOut());
            return ExitCodes.CONTENT_ERRORS;
        }
        if (options.format == DiagnosticFormat.json) {
            options.format.print(List.of(), spec.commandLine().getOut());
        } else if (options.format == DiagnosticFormat.text) {
            spec.commandLine().getOut().printf("%d fiches valides.%n", result.get().fiches().size());
        }
        return ExitCodes.OK;
    }
}
