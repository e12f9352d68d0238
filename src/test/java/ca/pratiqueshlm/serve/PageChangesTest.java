package ca.pratiqueshlm.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which open pages a preview rebuild reloads. */
class PageChangesTest {
    @Test
    void aFicheEditReloadsItsPagesTheSearchPageAndTheSelectionPageOnly() {
        PageChanges changes = new PageChanges();
        changes.built(1, List.of("fiches/jardin.html", "index.html", "assets/selection/jardin.js",
                "assets/recherche/j.js", "assets/search-index.js"));
        assertEquals(1, changes.of("fiches/jardin.html"));
        assertEquals(1, changes.of("recherche.html"), "the search index and its parts belong to the search page");
        assertEquals(1, changes.of("selection.html"), "the selection scripts belong to the selection page");
        assertEquals(0, changes.of("a-propos.html"), "a page that did not change is left alone");
    }

    @Test
    void aStylesheetReloadsEveryPage() {
        PageChanges changes = new PageChanges();
        changes.built(2, List.of("assets/css/site.css"));
        assertEquals(2, changes.of("a-propos.html"));
    }
}
