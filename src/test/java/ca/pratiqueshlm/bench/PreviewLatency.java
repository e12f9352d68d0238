package ca.pratiqueshlm.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edit-to-reload time of a running preview server: appends a new sentence to one fiche, then times
 * until the changed page on disk holds it and, for ours, until the server tells the page to reload: as
 * the page's script does, a request waiting for the page's next version is sent before the edit, and its
 * answer is timed (the moment the browser is told to reload). The median of several edits, after
 * one untimed edit that lets the server warm up, as an editor's preview does after a few saves. The
 * first edit comes {@link #EDITOR_PAUSE} after the server is ready, as an editor's comes after opening
 * the page in a browser: the time our server uses to rehearse rebuilds (Hugo's has nothing to warm).
 */
final class PreviewLatency {
    private static final Pattern ADDRESS = Pattern.compile("http://(?:127\\.0\\.0\\.1|localhost):([0-9]+)/");
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    static final Duration EDITOR_PAUSE = Duration.ofSeconds(6);
    /** The whole rebuild's time as our server prints it after each build. */
    private static final Pattern OUR_REBUILD = Pattern.compile("Site construit : \\d+ fiches en (\\d+) ms");
    /** As Hugo's server prints it after each rebuild. */
    private static final Pattern HUGO_REBUILD = Pattern.compile("Total in (\\d+) ms");

    /**
     * Medians in milliseconds: until the edited page was on disk and its reload sent, and of the whole
     * rebuild, as the server reports it (NaN if it did not): ours writes the edited fiche's page first.
     */
    record Latency(double reloadMillis, double rebuildMillis) {}

    private final ProcessTimer timer;
    private final int edits;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    PreviewLatency(ProcessTimer timer, int edits) {
        this.timer = timer;
        this.edits = edits;
    }

    /**
     * @param readyText what the server prints once its first build is served
     * @param address   the page's address on our server, whose reload is awaited as its script awaits it;
     *                  null for Hugo: its reload message goes out right after it writes, so the page on
     *                  disk is timed
     */
    Latency measure(String label, List<String> command, Path project, Path fiche, Path page, String readyText,
            String address) throws IOException, InterruptedException {
        boolean versioned = address != null;
        Process server = timer.start(label, command, project);
        try {
            int port = awaitReady(server, label, readyText);
            Thread.sleep(EDITOR_PAUSE.toMillis());
            String original = Files.readString(fiche, StandardCharsets.UTF_8);
            double[] millis = new double[edits];
            for (int i = 0; i <= edits; i++) {
                double measured = editOnce(label, fiche, page, original, i,
                        versioned ? Optional.of(new Listened(port, address)) : Optional.empty());
                if (i > 0) {
                    millis[i - 1] = measured;
                }
                Thread.sleep(400);
            }
            return new Latency(Rounds.median(millis), Rounds.median(rebuilds(label, versioned ? OUR_REBUILD : HUGO_REBUILD)));
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /** The rebuild times the server printed for the timed edits: the last ones of its log. */
    private double[] rebuilds(String label, Pattern line) throws IOException {
        Matcher found = line.matcher(Files.readString(timer.log(label), StandardCharsets.UTF_8));
        List<Double> all = new java.util.ArrayList<>();
        while (found.find()) {
            all.add(Double.parseDouble(found.group(1)));
        }
        return all.size() < edits ? new double[0]
                : all.subList(all.size() - edits, all.size()).stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Where our server tells a page to reload. */
    private record Listened(int port, String address) {}

    private double editOnce(String label, Path fiche, Path page, String original, int round, Optional<Listened> server)
            throws IOException, InterruptedException {
        String marker = "Mesure de latence numéro " + (1000 + round);
        long before = server.isPresent() ? version(server.get().port()) : 0;
        if (before < 0) {
            throw new IOException(label + " : le serveur ne répond pas");
        }
        // The page's script waits for its next version with a request held open by the server: so does
        // this listener, on a plain socket, which adds no thread hand-off of its own to the time.
        CompletableFuture<Long> told = server.isEmpty() ? CompletableFuture.completedFuture(0L)
                : CompletableFuture.supplyAsync(() -> awaitReload(server.get(), before));
        long start = System.nanoTime();
        Files.writeString(fiche, original + "\n" + marker + ".\n", StandardCharsets.UTF_8);
        long written = 0;
        while (written == 0) {
            if (System.nanoTime() - start > PATIENCE.toNanos()) {
                throw new IOException(label + " : la page " + page + " n'a pas changé après "
                        + PATIENCE.toSeconds() + " s\n" + ProcessTimer.tail(timer.log(label)));
            }
            if (contains(page, marker)) {
                written = System.nanoTime();
            } else {
                Thread.sleep(2);
            }
        }
        long reloaded;
        try {
            reloaded = server.isEmpty() ? written : told.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(label + " : le rechargement n'a pas été annoncé\n" + ProcessTimer.tail(timer.log(label)), e);
        }
        return (Math.max(written, reloaded) - start) / 1e6;
    }

    /**
     * Asks, as the page's script does, for the page's first version after {@code known}, and returns the
     * moment the answer came (System.nanoTime()); asks again if the server answered without a newer one.
     */
    private static long awaitReload(Listened server, long known) {
        String request = "GET /__live/page?connu=" + known + "&chemin=" + server.address() + " HTTP/1.0\r\n"
                + "Host: 127.0.0.1:" + server.port() + "\r\n\r\n";
        while (true) {
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                InputStream in = socket.getInputStream();
                int first = in.read();
                long at = System.nanoTime();
                String answer = (char) first + new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String body = answer.substring(answer.indexOf("\r\n\r\n") + 4).trim();
                if (Long.parseLong(body) > known) {
                    return at;
                }
                Thread.sleep(2); // answered at once (too many waiting pages) or after its longest wait
            } catch (IOException | RuntimeException e) {
                throw new CompletionException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
        }
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
