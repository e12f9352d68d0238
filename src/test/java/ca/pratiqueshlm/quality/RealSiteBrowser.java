package ca.pratiqueshlm.quality;

import ca.pratiqueshlm.testing.HeadlessChromium;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The frame of the browser tests on the real site: the site built once per test class (skipped with its reason
 * where Chromium is absent, mandatory in CI), one headless Chromium on it, closed after the class's tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RealSiteBrowser {
    @TempDir
    static Path temp;
    SiteFiles site;
    ChromeDriver driver;

    /** How the class needs the site: {@link RealSite#build} or, without PDFs, {@link RealSite#buildPages}. */
    abstract SiteFiles build(Path folder);

    @BeforeAll
    void start() {
        HeadlessChromium.require();
        site = build(temp);
        driver = HeadlessChromium.start(temp.resolve("profil"));
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }
}
