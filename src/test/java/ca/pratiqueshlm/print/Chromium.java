package ca.pratiqueshlm.print;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the print tests. Absent browser: the test is skipped with a reason,
 * unless REQUIRE_BROWSER=1 (as on CI), where it fails.
 */
final class Chromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run");

    private Chromium() {}

    static void require(Path... executables) {
        for (Path executable : executables) {
            if (!Files.isExecutable(executable)) {
                if ("1".equals(System.getenv("REQUIRE_BROWSER"))) {
                    fail(executable + " is missing and REQUIRE_BROWSER=1");
                }
                assumeTrue(false, "skipped: " + executable + " is not installed (apt-get install chromium chromium-driver)");
            }
        }
    }

    /** {@code chromium --print-to-pdf} of {@code page}, without the browser's own header and footer. */
    static Path printToPdf(Path page, Path pdf, Path profile) throws IOException, InterruptedException {
        require(BINARY);
        List<String> command = new ArrayList<>(List.of(BINARY.toString()));
        command.addAll(FLAGS);
        command.addAll(List.of("--user-data-dir=" + profile, "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf, page.toUri().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(profile.resolveSibling("chromium.log").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish printing " + page);
        }
        if (!Files.exists(pdf)) {
            fail("chromium wrote no PDF; see " + profile.resolveSibling("chromium.log"));
        }
        return pdf;
    }

    static ChromeDriver driver(Path profile) {
        require(BINARY, DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
