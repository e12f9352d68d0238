package ca.pratiqueshlm.model;

/** Value rules that the Java type alone does not express. */
public enum Constraint {
    NONE,
    /** A year between {@link #FIRST_YEAR} and next year. */
    YEAR,
    /** A year as {@link #YEAR}, or « inconnu » when the source does not give it (bound as null). */
    YEAR_OR_UNKNOWN,
    /** A lowercase ascii id: letters, digits and hyphens. */
    ID,
    /** A single line of text. */
    ONE_LINE,
    /** A positive amount of dollars. */
    AMOUNT,
    /** An http(s) address. */
    URL;

    /** The earliest year a fiche may state: the practices documented start after 1950. */
    public static final int FIRST_YEAR = 1950;
}
