package ca.pratiqueshlm.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {
    @TempDir
    Path site;

    @Test
    void reportsMissingPagesAnchorsAndAssetsButNotExternalLinks() throws IOException {
        Files.createDirectories(site.resolve("fiches"));
        Files.createDirectories(site.resolve("assets/css"));
        Files.writeString(site.resolve("assets/css/site.css"), "body{}");
        Files.writeString(site.resolve("index.html"), """
                <!DOCTYPE html><html><head><link rel="stylesheet" href="assets/css/site.css">
                <script src="assets/js/absent.js"></script></head><body>
                <a href="fiches/a.html#sources">bonne ancre</a>
                <a href="fiches/a.html#nulle-part">ancre absente</a>
                <a href="fiches/b.html">page absente</a>
                <a href="https://exemple.test/rien.html">externe</a>
                <a href="mailto:x@exemple.test">courriel</a>
                <a href="#haut">ancre locale absente</a>
                <a href="/fiches/a.html">absolu</a>
                <a href="fiches/">dossier sans index</a>
                </body></html>
                """);
        Files.writeString(site.resolve("fiches/a.html"), """
                <!DOCTYPE html><html><body><h2 id="sources">Sources</h2><a href="../index.html">accueil</a></body></html>
                """);

        // The 404 page may start its links from the base path of its canonical address, and only from it.
        Files.writeString(site.resolve("404.html"), """
                <!DOCTYPE html><html><head><link rel="canonical" href="https://exemple.test/depot/404.html">
                <link rel="stylesheet" href="/depot/assets/css/site.css"></head><body>
                <a href="/depot/fiches/a.html#sources">depuis la base</a>
                <a href="/depot/fiches/b.html">absente depuis la base</a>
                <a href="/autre/fiches/a.html">hors de la base</a>
                </body></html>
                """);

        LinkChecker.Report report = LinkChecker.check(site);

        assertEquals(3, report.pages());
        assertEquals(List.of("/depot/fiches/b.html", "/autre/fiches/a.html", "assets/js/absent.js", "fiches/a.html#nulle-part", "fiches/b.html", "#haut",
                "/fiches/a.html", "fiches/"), report.broken().stream().map(LinkChecker.BrokenLink::link).toList(),
                report.summary());
    }
}
