package ca.pratiqueshlm.index.search;

/**
 * Where a word appears in a fiche, and how much a match there counts. A word in the title says far
 * more about what the fiche is than the same word deep in the body. docs/SEARCH.md explains the values.
 */
public enum SearchField {
    TITLE(10),
    ALIASES(8),
    PLACE(6),
    SUMMARY(5),
    PARTNERS(5),
    TAXONOMY(3),
    DETAILS(2),
    BODY(1);

    private final int boost;

    SearchField(int boost) {
        this.boost = boost;
    }

    public int boost() {
        return boost;
    }
}
