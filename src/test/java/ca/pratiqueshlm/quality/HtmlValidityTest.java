package ca.pratiqueshlm.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of the real site passes the Nu Html Checker (the W3C's HTML5 validator) with no error. */
class HtmlValidityTest {
    @Test
    void everyPageOfTheRealSiteIsValidHtml(@TempDir Path temp) throws Exception {
        SiteFiles site = RealSite.build(temp);
        NuChecker checker = new NuChecker();
        List<String> errors = new ArrayList<>();
        List<Path> pages = site.pages();
        for (Path page : pages) {
            for (String error : checker.errors(page.toFile())) {
                errors.add(site.relative(page) + ":" + error);
            }
        }
        assertTrue(pages.size() > 100, "the real site has all its pages: " + pages.size());
        assertEquals("", String.join("\n", errors), errors.size() + " HTML errors");
    }

    /** The gate would be worthless if the checker said nothing: a duplicate id must be an error. */
    @Test
    void theCheckerReportsErrors(@TempDir Path temp) throws Exception {
        Path page = Files.writeString(temp.resolve("page.html"), "<!DOCTYPE html><html lang=\"fr\"><head><title>t</title>"
                + "</head><body><p id=\"a\">un</p><p id=\"a\">deux</p><div><li>x</li></div></body></html>");
        List<String> errors = new NuChecker().errors(page.toFile());
        assertEquals(2, errors.size(), errors::toString);
        assertTrue(errors.get(0).contains("Duplicate ID"), errors.get(0));
    }
}
