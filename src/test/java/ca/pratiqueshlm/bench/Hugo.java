package ca.pratiqueshlm.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Whether Hugo is installed, for the comparison; the benchmark says so and skips it where it is not. */
final class Hugo {
    private Hugo() {}

    /** {@code hugo version}'s first line, or empty when the command cannot run. */
    static Optional<String> version() {
        try {
            Process process = new ProcessBuilder("hugo", "version").redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0 || text.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(text.lines().findFirst().orElse(text));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
