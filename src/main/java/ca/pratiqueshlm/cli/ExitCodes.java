package ca.pratiqueshlm.cli;

/** Exit codes shared by every command. */
final class ExitCodes {
    static final int OK = 0;
    /** The content has problems; they were printed. */
    static final int CONTENT_ERRORS = 1;
    /** Wrong usage of the command line (picocli's own convention). */
    static final int USAGE = 2;
    /** Something outside the content failed: disk, templates. */
    static final int INTERNAL = 3;

    private ExitCodes() {}
}
