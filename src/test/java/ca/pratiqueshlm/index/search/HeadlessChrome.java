package ca.pratiqueshlm.index.search;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, for the search tests. Where Chromium or its driver is missing the tests
 * are skipped with the reason, unless REQUIRE_BROWSER=1 (as in CI), where that is a failure.
 */
final class HeadlessChrome {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

    private HeadlessChrome() {}

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    /**
     * Skips (or fails, under REQUIRE_BROWSER=1) when the browser cannot run here. Call it before each
     * test, not only before all: JUnit reports a skipped class without its tests or the reason.
     */
    static void requireBrowser() {
        if (available()) {
            return;
        }
        String reason = "Chromium or chromedriver not found (" + CHROMIUM + ", " + DRIVER
                + "): browser tests of the search page skipped; install chromium and chromium-driver";
        if ("1".equals(System.getenv("REQUIRE_BROWSER"))) {
            fail(reason + " (REQUIRE_BROWSER=1)");
        }
        Assumptions.abort(reason);
    }

    /** A fresh browser with its own profile in {@code profile}. */
    static ChromeDriver start(Path profile) {
        requireBrowser();
        try {
            Files.createDirectories(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
