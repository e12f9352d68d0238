package ca.pratiqueshlm.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SitePathsTest {
    @TempDir
    Path project;
    Path site;
    SitePaths paths;

    @BeforeEach
    void site() throws IOException {
        site = Files.createDirectories(project.resolve("site"));
        Files.createDirectories(site.resolve("fiches"));
        Files.writeString(site.resolve("index.html"), "accueil");
        Files.writeString(site.resolve("fiches/index.html"), "liste");
        Files.writeString(site.resolve("fiches/jardin collectif.html"), "jardin");
        Files.writeString(project.resolve("secret.txt"), "secret");
        paths = new SitePaths(site);
    }

    @Test
    void servesFilesAndTheIndexOfFolders() {
        assertEquals(new SitePaths.Target.File(site.resolve("index.html")), paths.resolve("/"));
        assertEquals(new SitePaths.Target.File(site.resolve("fiches/index.html")), paths.resolve("/fiches/"));
        assertEquals(new SitePaths.Target.File(site.resolve("fiches/jardin collectif.html")),
                paths.resolve("/fiches/jardin%20collectif.html"));
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedSoRelativeLinksWork() {
        assertEquals(new SitePaths.Target.Redirect("/fiches/"), paths.resolve("/fiches"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/fiches/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
            "/%2e%2e%2fsecret.txt", "/fiches/%2e%2e%2f%2e%2e%2fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt",
            "/%00index.html", "/index.html%00", "//etc/passwd", "/etc/passwd", "secret.txt", "/C:/Windows/win.ini",
            "/%252e%252e/secret.txt", "/absent.html", ""})
    void refusesEverythingOutsideTheSite(String rawPath) {
        assertInstanceOf(SitePaths.Target.Missing.class, paths.resolve(rawPath), rawPath);
    }

    @Test
    void refusesAnAbsolutePathToARealFile() {
        String absolute = project.resolve("secret.txt").toAbsolutePath().toString().replace('\\', '/');
        assertInstanceOf(SitePaths.Target.Missing.class, paths.resolve(absolute.startsWith("/") ? absolute : "/" + absolute));
    }

    @Test
    void refusesASymbolicLinkThatLeavesTheSite() throws IOException {
        try {
            Files.createSymbolicLink(site.resolve("fuite.txt"), project.resolve("secret.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("symbolic links unavailable here: " + e.getMessage());
        }
        assertInstanceOf(SitePaths.Target.Missing.class, paths.resolve("/fuite.txt"));
    }
}
