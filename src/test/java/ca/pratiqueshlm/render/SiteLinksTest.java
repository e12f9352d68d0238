package ca.pratiqueshlm.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.testing.LinkChecker;
import ca.pratiqueshlm.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real content, built: no internal link of any page may lead nowhere. */
class SiteLinksTest {
    @Test
    void realSiteHasNoBrokenInternalLink(@TempDir Path folder) {
        TestSite site = TestSite.copyOfRepository(folder);
        assertTrue(site.build().ok());

        LinkChecker.Report report = LinkChecker.check(site.output());

        assertTrue(report.pages() > 100, "pages vérifiées : " + report.pages());
        assertTrue(report.broken().isEmpty(), report.broken().size() + " liens brisés sur " + report.links()
                + " :\n" + report.summary());
    }
}
