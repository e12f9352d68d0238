package ca.pratiqueshlm.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.testing.Fixtures;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new build process reads from {@code target/cache/} what earlier ones computed (rendered Markdown
 * bodies, QR codes); after edits its site must be, byte for byte, what a {@code --sans-cache} build
 * writes, and a body the renderer refuses must be reported by every build, not only the first.
 */
class CachedBuildTest {
    @Test
    void aCachedBuildAfterEditsEqualsAFullBuild(@TempDir Path folder) throws IOException {
        TestSite project = threeFiches(folder);
        assertTrue(new SiteBuilder(project.layout()).build(folder.resolve("premier")).ok());
        Path kept = project.root().resolve("target/cache/markdown");
        long before = count(kept);
        assertTrue(before >= 3, "each fiche body is kept: " + before);

        project.write("fiches/cuisine.md", fiche("cuisine", "Texte modifié : la **cuisine** ouvre le mardi."));
        project.write("fiches/atelier.md", fiche("atelier", "Un atelier *nouveau*."));
        Files.delete(project.root().resolve("content/fiches/comite.md"));
        Path cached = folder.resolve("avec-cache");
        assertTrue(new SiteBuilder(project.layout()).build(cached).ok());
        assertEquals(before + 2, count(kept), "only the two new bodies were rendered and kept");

        Path full = folder.resolve("sans-cache");
        assertTrue(new SiteBuilder(project.layout(), false, false).build(full).ok());
        assertSameTree(full, cached);
        assertTrue(Files.readString(cached.resolve("fiches/cuisine.html")).contains("<strong>cuisine</strong>"));
    }

    /**
     * Rendered pages are kept too: a new process renders only the pages whose record or template
     * changed, and what it writes is still exactly what a build without the cache writes.
     */
    @Test
    void keptPagesAreRenderedAgainOnlyWhenTheirRecordOrTemplateChanged(@TempDir Path folder) throws IOException {
        TestSite project = threeFiches(folder);
        assertTrue(new SiteBuilder(project.layout()).build(folder.resolve("premier")).ok());
        Path kept = project.root().resolve("target/cache/pages");
        long pages = count(kept);
        assertTrue(pages > 20, "every page is kept: " + pages);

        assertTrue(new SiteBuilder(project.layout()).build(folder.resolve("second")).ok());
        assertEquals(pages, count(kept), "nothing changed: every page read back");
        assertSameTree(folder.resolve("premier"), folder.resolve("second"));

        Path template = project.root().resolve("templates/fiche.ftl");
        Files.writeString(template, Files.readString(template).replace("</article>", "<p>repère du gabarit</p></article>"));
        Path cached = folder.resolve("gabarit");
        assertTrue(new SiteBuilder(project.layout()).build(cached).ok());
        assertEquals(pages + 3, count(kept), "only the three fiche pages, whose template changed, were rendered");
        assertTrue(Files.readString(cached.resolve("fiches/jardin.html")).contains("repère du gabarit"));
        Path full = folder.resolve("sans-cache");
        assertTrue(new SiteBuilder(project.layout(), false, false).build(full).ok());
        assertSameTree(full, cached);
    }

    /**
     * The HTML the PDFs are laid out from is kept like a page: after a PDF template changed, a cached
     * build lays the fiches out from the new template, and its PDFs are a full build's, byte for byte.
     */
    @Test
    void afterAPdfTemplateEditTheCachedBuildsPdfsAreAFullBuilds(@TempDir Path folder) throws IOException {
        TestSite project = threeFiches(folder);
        assertTrue(new SiteBuilder(project.layout(), true).build(folder.resolve("premier")).ok());
        Path template = project.root().resolve("templates/pdf-fiche.ftl");
        Files.writeString(template, Files.readString(template).replace("</div>\n</body>", "<p>Repère du gabarit PDF</p></div>\n</body>"));
        Path cached = folder.resolve("gabarit");
        assertTrue(new SiteBuilder(project.layout(), true).build(cached).ok());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(cached.resolve("pdf/jardin.pdf")))) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("Repère du gabarit PDF"), "laid out from the new template");
        }
        // --sans-cache lays every PDF out: what the cache holds, even damaged, reaches neither its site
        // nor is it replaced.
        Path pdfCache = project.root().resolve(SiteBuilder.PDF_CACHE);
        Map<Path, byte[]> damaged = new TreeMap<>();
        try (Stream<Path> files = Files.list(pdfCache)) {
            for (Path file : files.toList()) {
                Files.writeString(file, "pas un PDF");
                damaged.put(file, Files.readAllBytes(file));
            }
        }
        assertFalse(damaged.isEmpty(), "the cached builds filed their PDFs");
        Path full = folder.resolve("sans-cache");
        assertTrue(new SiteBuilder(project.layout(), true, false).build(full).ok());
        assertSameTree(full, cached);
        try (Stream<Path> files = Files.list(pdfCache)) {
            assertEquals(damaged.keySet(), new java.util.TreeSet<>(files.toList()), "no PDF filed or deleted");
        }
        for (Map.Entry<Path, byte[]> file : damaged.entrySet()) {
            assertArrayEquals(file.getValue(), Files.readAllBytes(file.getKey()), "not rewritten: " + file.getKey());
        }
    }

    @Test
    void aRefusedBodyIsReportedByEveryBuild(@TempDir Path folder) throws IOException {
        TestSite project = TestSite.create(folder.resolve("projet"));
        project.write("fiches/jardin.md", fiche("jardin", "Intro\n\n" + ">".repeat(1000) + " x"));
        List<Diagnostic> first = new SiteBuilder(project.layout()).build(folder.resolve("site")).problems();
        List<Diagnostic> second = new SiteBuilder(project.layout()).build(folder.resolve("site")).problems();
        assertFalse(first.isEmpty());
        assertEquals(first, second);
    }

    private static TestSite threeFiches(Path folder) throws IOException {
        TestSite project = TestSite.create(folder.resolve("projet"));
        for (String slug : List.of("jardin", "cuisine", "comite")) {
            project.write("fiches/" + slug + ".md", fiche(slug, "Texte " + slug + " d'origine."));
        }
        return project;
    }

    private static String fiche(String slug, String body) {
        return Fixtures.fiche("").replace("Jardin collectif de test", "Pratique " + slug)
                .replace("Les locataires cultivent un jardin ensemble.", body);
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static void assertSameTree(Path expected, Path actual) throws IOException {
        Map<String, byte[]> want = tree(expected);
        Map<String, byte[]> got = tree(actual);
        assertEquals(want.keySet(), got.keySet());
        for (Map.Entry<String, byte[]> file : want.entrySet()) {
            assertArrayEquals(file.getValue(), got.get(file.getKey()), file.getKey());
        }
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(p -> !p.equals(root)).toList()) {
                all.put(root.relativize(path).toString().replace('\\', '/'),
                        Files.isDirectory(path) ? new byte[0] : Files.readAllBytes(path));
            }
        }
        return all;
    }
}
