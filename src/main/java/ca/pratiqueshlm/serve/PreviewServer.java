package ca.pratiqueshlm.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves the built site with the JDK's own HTTP server: GET and HEAD only, nothing outside the site
 * folder ({@link SitePaths}), HTML pages with the live-reload script and the error banner added
 * ({@link LivePage}), and the preview's own files under {@code /__live/}.
 *
 * <p>On a loopback address it answers only requests addressed to a loopback name, so a web page that
 * points a name of its own at 127.0.0.1 (DNS rebinding) cannot read the preview. The JDK server reads a
 * request's headers on a worker thread: stalled connections each hold one, so there are many workers,
 * and {@link #REQUEST_TIME_LIMIT_PROPERTY} (set by the command line) closes connections that never
 * finish their headers.
 */
public final class PreviewServer implements AutoCloseable {
    /** The JDK server's own limit, in seconds, for reading a request; read once, when it first starts. */
    public static final String REQUEST_TIME_LIMIT_PROPERTY = "sun.net.httpserver.maxReqTime";
    public static final String REQUEST_TIME_LIMIT_SECONDS = "10";
    /** Far more than a reader's browser needs at once; each idle one costs a parked thread. */
    static final int WORKERS = 64;
    /** Pages waiting for their change at once; the other workers stay free for requests. */
    static final int LONG_POLLS = 32;
    /** Well under the request time limit, so no proxy or browser gives up on a waiting answer. */
    static final long LONG_POLL_MILLIS = 5_000;
    private static final java.util.regex.Pattern KNOWN = java.util.regex.Pattern.compile("connu=(\\d{1,18})&");
    private final java.util.concurrent.Semaphore longPolls = new java.util.concurrent.Semaphore(LONG_POLLS);
    private static final String LIVE = "/__live/";
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final HttpServer server;
    private final ExecutorService executor;
    private final SitePaths paths;
    private final Path siteRoot;
    private final Supplier<BuildState> state;
    private final PageChanges changes;

    private PreviewServer(HttpServer server, ExecutorService executor, Path siteRoot, Supplier<BuildState> state,
            PageChanges changes) {
        this.changes = changes;
        this.server = server;
        this.executor = executor;
        this.siteRoot = siteRoot;
        this.paths = new SitePaths(siteRoot);
        this.state = state;
    }

    /** Binds {@code address} (port 0 picks a free one) and starts serving {@code siteRoot}. */
    public static PreviewServer start(InetSocketAddress address, Path siteRoot, Supplier<BuildState> state,
            PageChanges changes) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService executor = Executors.newFixedThreadPool(WORKERS, runnable -> {
            Thread thread = new Thread(runnable, "fiches-preview");
            thread.setDaemon(true);
            return thread;
        });
        PreviewServer preview = new PreviewServer(server, executor, siteRoot, state, changes);
        server.createContext("/", preview::handleSite);
        server.createContext(LIVE, preview::handleLive);
        server.setExecutor(executor);
        server.start();
        return preview;
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    private void handleSite(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!allowedHost(exchange) || !allowedMethod(exchange)) {
                return;
            }
            BuildState current = state.get();
            SitePaths.Target target = paths.resolve(exchange.getRequestURI().getRawPath());
            if (!current.siteBuilt()) {
                sendHtml(exchange, 503, LivePage.errorPage(current));
            } else if (target instanceof SitePaths.Target.File file) {
                sendFile(exchange, 200, file.path(), current);
            } else if (target instanceof SitePaths.Target.Redirect redirect) {
                exchange.getResponseHeaders().set("Location", redirect.location());
                send(exchange, 301, "text/plain; charset=utf-8", "Déplacé\n".getBytes(StandardCharsets.UTF_8));
            } else {
                notFound(exchange, current);
            }
        }
    }

    private void notFound(HttpExchange exchange, BuildState current) throws IOException {
        Path page = siteRoot.resolve("404.html");
        if (Files.isRegularFile(page)) {
            sendFile(exchange, 404, page, current);
        } else {
            send(exchange, 404, "text/plain; charset=utf-8", "Page introuvable\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void handleLive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!allowedHost(exchange) || !allowedMethod(exchange)) {
                return;
            }
            switch (exchange.getRequestURI().getRawPath()) {
                case LIVE + "version" -> send(exchange, 200, "text/plain; charset=utf-8",
                        Long.toString(state.get().version()).getBytes(StandardCharsets.UTF_8));
                case LIVE + "page" -> send(exchange, 200, "text/plain; charset=utf-8",
                        Long.toString(awaitPageVersion(exchange.getRequestURI().getRawQuery())).getBytes(StandardCharsets.UTF_8));
                case LIVE + "reload.js" -> send(exchange, 200, "text/javascript; charset=utf-8", resource("reload.js"));
                case LIVE + "live.css" -> send(exchange, 200, "text/css; charset=utf-8", resource("live.css"));
                default -> send(exchange, 404, "text/plain; charset=utf-8",
                        "Page introuvable\n".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** On loopback, only loopback names; bound elsewhere on purpose (--host), any name. */
    private boolean allowedHost(HttpExchange exchange) throws IOException {
        if (!server.getAddress().getAddress().isLoopbackAddress()) {
            return true;
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        String name = host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
        if (LOOPBACK_NAMES.contains(name)) {
            return true;
        }
        send(exchange, 421, "text/plain; charset=utf-8",
                "Aperçu local : ouvrez-le à l'adresse http://127.0.0.1 ou http://localhost\n".getBytes(StandardCharsets.UTF_8));
        return false;
    }

    /**
     * The last version that changed the page at {@code ?connu=N&chemin=/…}: the page reloads only if it
     * is newer than the one it was served at, N. The answer waits until there is one, at most
     * {@link #LONG_POLL_MILLIS}, so the page hears of its change as soon as it is written; past
     * {@link #LONG_POLLS} waiting pages, it answers at once (the page then asks again 100 ms later).
     * A path that names no page gets the site's version.
     */
    private long awaitPageVersion(String query) {
        String rest = query == null ? "" : query;
        long known = -1;
        java.util.regex.Matcher given = KNOWN.matcher(rest);
        if (given.lookingAt()) {
            known = Long.parseLong(given.group(1));
            rest = rest.substring(given.end());
        }
        String prefix = "chemin=";
        if (!rest.startsWith(prefix) || !(paths.resolve(rest.substring(prefix.length())) instanceof SitePaths.Target.File file)) {
            return state.get().version();
        }
        String page = siteRoot.toAbsolutePath().normalize().relativize(file.path()).toString().replace('\\', '/');
        if (known < 0 || !longPolls.tryAcquire()) {
            return changes.of(page);
        }
        try {
            return changes.await(page, known, LONG_POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return changes.of(page);
        } finally {
            longPolls.release();
        }
    }

    private static boolean allowedMethod(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain; charset=utf-8", "Méthode non permise\n".getBytes(StandardCharsets.UTF_8));
        return false;
    }

    private static void sendFile(HttpExchange exchange, int status, Path file, BuildState current) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            // Replaced by a rebuild between resolving and reading: the browser will reload anyway.
            send(exchange, 404, "text/plain; charset=utf-8", "Page introuvable\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (ContentTypes.isHtml(file)) {
            sendHtml(exchange, status, LivePage.inject(new String(bytes, StandardCharsets.UTF_8), current));
        } else {
            send(exchange, status, ContentTypes.of(file), bytes);
        }
    }

    private static void sendHtml(HttpExchange exchange, int status, String html) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (head) {
            // What a GET would send; the JDK sends no body for HEAD and would otherwise say nothing.
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
        }
        exchange.sendResponseHeaders(status, head ? -1 : (body.length == 0 ? -1 : body.length));
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
