package ca.pratiqueshlm.index.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.testing.TestSite;
import java.nio.file.Path;

/** The real content of the repository, built once into a folder, for tests that open it from disk. */
final class BuiltSite {
    private BuiltSite() {}

    static TestSite build(Path folder) {
        TestSite site = TestSite.copyOfRepository(folder);
        var report = site.build();
        assertTrue(report.ok(), () -> "the real site should build: " + report.problems());
        return site;
    }

    /** A file:// address of a page of the built site. */
    static String url(TestSite site, String page) {
        return site.output().resolve(page.contains("?") ? page.substring(0, page.indexOf('?')) : page).toUri()
                + (page.contains("?") ? page.substring(page.indexOf('?')) : "");
    }
}
