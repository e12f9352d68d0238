package ca.pratiqueshlm.serve;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import java.util.List;

/**
 * What the preview knows about the last build: a version the browser polls (it changes after every
 * attempt, so the page reloads both to show a fixed site and to show new errors), whether a site has
 * been built at all, and the problems of the last attempt (empty when it succeeded).
 */
public record BuildState(long version, boolean siteBuilt, List<Diagnostic> problems, String failure) {
    public BuildState {
        problems = List.copyOf(problems);
    }

    public static BuildState initial() {
        return new BuildState(0, false, List.of(), null);
    }

    public BuildState succeeded() {
        return new BuildState(version + 1, true, List.of(), null);
    }

    public BuildState failed(List<Diagnostic> newProblems) {
        return new BuildState(version + 1, siteBuilt, newProblems, null);
    }

    /** The build itself broke (a template error, a disk problem): one message, no position. */
    public BuildState crashed(String message) {
        return new BuildState(version + 1, siteBuilt, List.of(), message);
    }

    public boolean ok() {
        return problems.isEmpty() && failure == null;
    }
}
