package ca.pratiqueshlm.print;

import ca.pratiqueshlm.testing.HeadlessChromium;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Chromium's own print to PDF, for the print tests; skips or fails as {@link HeadlessChromium#require()}.
 */
final class Chromium {
    private Chromium() {}

    /** {@code chromium --print-to-pdf} of {@code page}, without the browser's own header and footer. */
    static Path printToPdf(Path page, Path pdf, Path profile) throws IOException, InterruptedException {
        HeadlessChromium.require();
        List<String> command = new ArrayList<>(List.of(HeadlessChromium.CHROMIUM.toString()));
        command.addAll(HeadlessChromium.FLAGS);
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
}
