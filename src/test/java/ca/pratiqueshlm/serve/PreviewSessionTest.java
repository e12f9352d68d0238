package ca.pratiqueshlm.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.testing.Fixtures;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview end to end: a real server on a free port, a real watcher, real rebuilds. */
class PreviewSessionTest {
    @TempDir
    Path folder;
    TestSite project;
    PreviewSession session;
    final StringWriter terminal = new StringWriter();

    @BeforeEach
    void start() throws IOException {
        project = TestSite.create(folder).fiche("jardin", "");
        Files.writeString(folder.resolve("target-secret.txt"), "mot de passe");
        PrintWriter console = new PrintWriter(terminal, true);
        session = PreviewSession.start(project.layout(), project.output(),
                new InetSocketAddress("127.0.0.1", 0), console, console);
    }

    @AfterEach
    void stop() throws IOException {
        session.close();
    }

    @Test
    void servesTheSiteWithTheReloadScriptAddedOnlyInTheResponse() throws IOException {
        HttpProbe page = HttpProbe.get(session.address(), "/fiches/jardin.html");
        assertEquals(200, page.status());
        assertEquals("text/html; charset=utf-8", page.header("content-type"));
        assertTrue(page.body().contains("Jardin collectif de test"));
        assertTrue(page.body().contains("<script src=\"/__live/reload.js\""), "reload script injected");
        assertFalse(project.read("fiches/jardin.html").contains("__live"), "the built file stays clean");
        HttpProbe script = HttpProbe.get(session.address(), "/__live/reload.js");
        assertEquals(200, script.status());
        assertTrue(script.body().contains("/__live/page?connu="));
    }

    /**
     * An open page's question "has my page changed since version N?" is held until it has, so the page
     * reloads as soon as the rebuild is written, not at its next poll; the answer is the new version.
     */
    @Test
    void aPageWaitingForItsChangeIsAnsweredByTheRebuild() throws Exception {
        long before = session.state().version();
        java.util.concurrent.CompletableFuture<HttpProbe> waiting = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return HttpProbe.get(session.address(), "/__live/page?connu=" + before + "&chemin=/fiches/jardin.html");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Thread.sleep(300); // the question is asked before the edit
        project.write("fiches/jardin.md", Fixtures.fiche("").replace("Jardin collectif de test", "Jardin attendu"));
        long answered = Long.parseLong(waiting.get(60, java.util.concurrent.TimeUnit.SECONDS).body().trim());
        // Without the wait the server would have answered "before" at once, before the edit.
        assertTrue(answered > before, "answered with the rebuild's version: " + answered + " > " + before);
        assertTrue(HttpProbe.get(session.address(), "/fiches/jardin.html").body().contains("Jardin attendu"));
    }

    @Test
    void servesTheIndexOfAFolderAndTheRightContentTypes() throws IOException {
        assertTrue(HttpProbe.get(session.address(), "/").body().contains("<!DOCTYPE html>"));
        assertEquals("text/css; charset=utf-8", HttpProbe.get(session.address(), "/assets/css/site.css").header("content-type"));
        assertEquals("application/xml; charset=utf-8", HttpProbe.get(session.address(), "/sitemap.xml").header("content-type"));
        assertEquals("application/xml; charset=utf-8", HttpProbe.get(session.address(), "/feed.xml").header("content-type"));
        HttpProbe folderWithoutSlash = HttpProbe.get(session.address(), "/categories");
        assertEquals(301, folderWithoutSlash.status());
        assertEquals("/categories/", folderWithoutSlash.header("location"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../target-secret.txt", "/../../target-secret.txt", "/%2e%2e/%2e%2e/target-secret.txt",
            "/%2e%2e%2f%2e%2e%2ftarget-secret.txt", "/..%5c..%5ctarget-secret.txt", "//etc/passwd",
            "/../../../../../../etc/passwd", "http://127.0.0.1/../../target-secret.txt"})
    void refusesPathTraversal(String target) throws IOException {
        HttpProbe response = HttpProbe.get(session.address(), target);
        assertEquals(404, response.status(), target);
        assertFalse(response.body().contains("mot de passe"), target);
        assertFalse(response.body().contains("root:"), target);
    }

    @Test
    void refusesAnAbsolutePathToAFileOutsideTheSite() throws IOException {
        String absolute = folder.resolve("target-secret.txt").toAbsolutePath().toString().replace('\\', '/');
        HttpProbe response = HttpProbe.get(session.address(), absolute.startsWith("/") ? absolute : "/" + absolute);
        assertEquals(404, response.status());
        assertFalse(response.body().contains("mot de passe"));
    }

    @Test
    void aBrokenFicheSavedMidEditKeepsTheOldSiteServedThenTheFixIsPickedUp() throws Exception {
        long before = session.state().version();
        // Half-typed: an unclosed list and an unknown category.
        project.write("fiches/jardin.md", Fixtures.fiche("").replace("categorie: vivre-ensemble", "categorie: vivre-ensembl")
                .replace("populations: [familles]", "populations: [familles"));
        long broken = awaitVersion(v -> v > before);

        HttpProbe page = HttpProbe.get(session.address(), "/fiches/jardin.html");
        assertEquals(200, page.status(), "the server is still up");
        assertTrue(page.body().contains("Jardin collectif de test"), "the previous page is still served");
        assertTrue(page.body().contains("class=\"live-errors\""), "the error banner is shown");
        assertTrue(page.body().contains("content/fiches/jardin.md:"), page.body());
        assertTrue(terminal.toString().contains("content/fiches/jardin.md:"), "errors printed in the terminal too");
        assertFalse(session.state().ok());

        project.write("fiches/jardin.md", Fixtures.fiche("").replace("Jardin collectif de test", "Jardin des voisins"));
        awaitVersion(v -> v > broken && session.state().ok());
        HttpProbe fixed = HttpProbe.get(session.address(), "/fiches/jardin.html");
        assertEquals(200, fixed.status());
        assertTrue(fixed.body().contains("Jardin des voisins"), "the fix is picked up");
        assertFalse(fixed.body().contains("live-errors"), "no banner once fixed");
        assertNotEquals(Long.toString(broken), HttpProbe.get(session.address(), "/__live/version").body().trim(),
                "the version the browser polls has moved on, so it reloads");
    }

    @Test
    void anAssetChangeIsPickedUp() throws Exception {
        long before = session.state().version();
        Path css = folder.resolve("assets/css/site.css");
        Files.writeString(css, Files.readString(css) + "\n/* repère du test */\n");
        awaitVersion(v -> v > before);
        assertTrue(HttpProbe.get(session.address(), "/assets/css/site.css").body().contains("repère du test"));
    }

    /** Waits (bounded) for the watcher's rebuild, as the browser would, by polling the version. */
    private long awaitVersion(LongPredicate done) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            long version = Long.parseLong(HttpProbe.get(session.address(), "/__live/version").body().trim());
            if (done.test(version)) {
                return version;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no rebuild within 60 s; terminal:\n" + terminal);
    }
}
