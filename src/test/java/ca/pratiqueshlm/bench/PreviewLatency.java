package ca.pratiqueshlm.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edit-to-reload time of a running preview server: appends a new sentence to one fiche, then times
 * until the changed page on disk holds it and, for ours, until the server announces the new version
 * its pages poll for (the moment the browser is told to reload). The median of several edits, after
 * one untimed edit that lets the server warm up, as an editor's preview does after a few saves. The
 * first edit comes {@link #EDITOR_PAUSE} after the server is ready, as an editor's comes after opening
 * the page in a browser: the time our server uses to rehearse rebuilds (Hugo's has nothing to warm).
 */
final class PreviewLatency {
    private static final Pattern ADDRESS = Pattern.compile("http://(?:127\\.0\\.0\\.1|localhost):([0-9]+)/");
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    static final Duration EDITOR_PAUSE = Duration.ofSeconds(6);

    private final ProcessTimer timer;
    private final int edits;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    PreviewLatency(ProcessTimer timer, int edits) {
        this.timer = timer;
        this.edits = edits;
    }

    /**
     * @param readyText what the server prints once its first build is served
     * @param versioned whether the server has our {@code /__live/version} (ours) or not (Hugo: its
     *                  reload message goes out right after it writes, so the page on disk is timed)
     */
    double medianMillis(String label, List<String> command, Path project, Path fiche, Path page, String readyText,
            boolean versioned) throws IOException, InterruptedException {
        Process server = timer.start(label, command, project);
        try {
            int port = awaitReady(server, label, readyText);
            Thread.sleep(EDITOR_PAUSE.toMillis());
            String original = Files.readString(fiche, StandardCharsets.UTF_8);
            double[] millis = new double[edits];
            for (int i = 0; i <= edits; i++) {
                double measured = editOnce(label, fiche, page, original, i, versioned ? Optional.of(port) : Optional.empty());
                if (i > 0) {
                    millis[i - 1] = measured;
                }
                Thread.sleep(400);
            }
            Arrays.sort(millis);
            return edits % 2 == 1 ? millis[edits / 2] : (millis[edits / 2 - 1] + millis[edits / 2]) / 2;
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private double editOnce(String label, Path fiche, Path page, String original, int round, Optional<Integer> port)
            throws IOException, InterruptedException {
        String marker = "Mesure de latence numéro " + (1000 + round);
        long before = port.isPresent() ? version(port.get()) : 0;
        if (before < 0) {
            throw new IOException(label + " : le serveur ne répond pas");
        }
        long start = System.nanoTime();
        Files.writeString(fiche, original + "\n" + marker + ".\n", StandardCharsets.UTF_8);
        boolean written = false;
        boolean announced = port.isEmpty();
        while (!(written && announced)) {
            if (System.nanoTime() - start > PATIENCE.toNanos()) {
                throw new IOException(label + " : la page " + page + " n'a pas changé après "
                        + PATIENCE.toSeconds() + " s\n" + ProcessTimer.tail(timer.log(label)));
            }
            written = written || contains(page, marker);
            // Asked only once the page is written (the announcement follows it): asking the server every
            // 2 ms meanwhile would take a share of the cores from the very rebuild being timed.
            announced = announced || (written && version(port.get()) > before);
            if (!(written && announced)) {
                Thread.sleep(2);
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static boolean contains(Path page, String marker) {
        try {
            return Files.readString(page, StandardCharsets.UTF_8).contains(marker);
        } catch (IOException e) {
            return false; // being replaced
        }
    }

    /** The server's build version; on a machine so loaded that the server cannot answer in time, -1. */
    private long version(int port) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__live/version"))
                .timeout(Duration.ofSeconds(30)).build();
        try {
            return Long.parseLong(http.send(request, HttpResponse.BodyHandlers.ofString()).body().trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** Waits for the server's first build; returns the port it printed. */
    private int awaitReady(Process server, String label, String readyText) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Path log = timer.log(label);
        while (System.nanoTime() - start < PATIENCE.toNanos()) {
            if (!server.isAlive()) {
                throw new IOException(label + " s'est arrêté :\n" + ProcessTimer.tail(log));
            }
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            Matcher address = ADDRESS.matcher(text);
            if (text.contains(readyText) && address.find()) {
                return Integer.parseInt(address.group(1));
            }
            Thread.sleep(20);
        }
        throw new IOException(label + " n'a pas démarré en " + PATIENCE.toSeconds() + " s\n" + ProcessTimer.tail(log));
    }
}
