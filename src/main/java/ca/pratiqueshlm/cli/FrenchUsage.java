package ca.pratiqueshlm.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Help and usage errors in French for the command and every subcommand: « --help » works everywhere,
 * and a wrong option names the command's help instead of picocli's English messages.
 */
final class FrenchUsage {
    private static final java.util.regex.Pattern ENUM_VALUE = java.util.regex.Pattern.compile(
            "Invalid value for option '(.+?)': expected one of \\[(.*)\\] \\(case-sensitive\\) but was '(.*)'");
    private static final java.util.regex.Pattern INVALID_VALUE =
            java.util.regex.Pattern.compile("Invalid value for option '(.+?)': '(.*?)'.*", java.util.regex.Pattern.DOTALL);

    private FrenchUsage() {}

    static void apply(CommandLine line) {
        CommandSpec spec = line.getCommandSpec();
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Affiche cette aide.").build());
        if (line.getParent() == null) {
            spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                    .description("Affiche la version.").build());
        }
        spec.usageMessage()
                .synopsisHeading("Utilisation : ")
                .synopsisSubcommandLabel("[COMMANDE]")
                .descriptionHeading("%n")
                .parameterListHeading("%nParamètres :%n")
                .optionListHeading("%nOptions :%n")
                .commandListHeading("%nCommandes :%n");
        line.setParameterExceptionHandler(FrenchUsage::usageError);
        line.getSubcommands().values().forEach(FrenchUsage::apply);
    }

    private static int usageError(CommandLine.ParameterException problem, String[] args) {
        CommandLine line = problem.getCommandLine();
        PrintWriter err = line.getErr();
        err.println(translate(problem));
        err.println("Aide : " + line.getCommandSpec().qualifiedName() + " --help");
        return ExitCodes.USAGE;
    }

    private static String translate(CommandLine.ParameterException problem) {
        if (problem instanceof CommandLine.UnmatchedArgumentException unmatched) {
            String what = String.join(" ", unmatched.getUnmatched());
            return (what.startsWith("-") ? "Option inconnue : " : "Argument inattendu : ") + what;
        }
        if (problem instanceof CommandLine.MissingParameterException missing) {
            return "Valeur manquante : " + missing.getMissing().stream()
                    .map(arg -> arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel())
                    .reduce((a, b) -> a + ", " + b).orElse("");
        }
        String message = problem.getMessage() == null ? "" : problem.getMessage();
        java.util.regex.Matcher choice = ENUM_VALUE.matcher(message);
        if (choice.matches()) {
            return "Valeur « " + choice.group(3) + " » non permise pour " + choice.group(1) + " ; valeurs permises : "
                    + choice.group(2);
        }
        java.util.regex.Matcher invalid = INVALID_VALUE.matcher(message);
        if (invalid.matches()) {
            return "Valeur invalide pour " + invalid.group(1) + " : « " + invalid.group(2) + " »";
        }
        return "Commande invalide : " + message;
    }
}
