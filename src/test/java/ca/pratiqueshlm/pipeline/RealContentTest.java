package ca.pratiqueshlm.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.pipeline.SiteBuilder.BuildReport;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published content itself: it builds, its links work, and the vertical slice is there. */
class RealContentTest {
    @TempDir
    Path folder;

    @Test
    void theRealSiteBuildsWithWorkingLinksAndTheThreeFirstFiches() throws IOException {
        TestSite site = TestSite.copyOfRepository(folder);
        BuildReport report = site.build();
        assertTrue(report.ok(), () -> String.join("\n", report.problems().stream().map(p -> p.format()).toList()));
        for (String slug : List.of("place-de-la-rive", "multiboulot", "projet-clic")) {
            Document page = Jsoup.parse(site.read("fiches/" + slug + ".html"));
            assertTrue(page.select(".sources li").size() > 0, slug + " cites its sources");
        }
        assertEquals(List.of(), SiteBuildTest.brokenLinks(site.output()));
    }

    @Test
    void theEleTableTotalsAreComputedFromTheFiches() {
        TestSite site = TestSite.copyOfRepository(folder);
        assertTrue(site.build().ok());
        Document programme = Jsoup.parse(site.read("programmes/ele-projets-locaux.html"));
        assertEquals(9, programme.select("tbody tr").size());
        assertEquals("41 300 $", programme.getElementById("total-soutien").text().replace('\u00a0', ' '));
        assertEquals("94 161 $", programme.getElementById("total-cout").text().replace('\u00a0', ' '));
    }
}
