package ca.pratiqueshlm.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.pipeline.SiteBuilder;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After one fiche changed, only the PDFs that show it are made again, and of a booklet only that fiche's part. */
class PdfCacheTest {
    @Test
    void keyNamesTheFontsJarWithItsVersion() {
        // A new jasperreports-fonts version gives new keys, so no PDF keeps the previous fonts.
        String fonts = PdfFonts.load().fingerprint();
        assertTrue(fonts.matches("jasperreports-fonts-[0-9][^/]*\\.jar\\|GSUB hidden"), fonts);
    }

    @Test
    void aPublishedPdfFoundInTheCacheIsCopiedFromItWithItsPageCount(@TempDir Path dir) throws IOException {
        PdfCache cache = new PdfCache(dir.resolve("pdf-cache"), "polices", ca.pratiqueshlm.output.BuildCache.at(dir.resolve("cache")));
        byte[] laidOut = BookletAssemblerTest.twoPages();
        int[] renders = {0};
        PdfCache.Render render = () -> {
            renders[0]++;
            return laidOut;
        };
        var first = cache.publish("pdf/essai.pdf", "<html>essai</html>", "https://exemple.test/", "2026-12-01", render);
        assertArrayEquals(laidOut, first.bytes());
        var second = cache.publish("pdf/essai.pdf", "<html>essai</html>", "https://exemple.test/", "2026-12-01", render);
        assertEquals(1, renders[0], "laid out once");
        assertTrue(second.source() != null && second.source().startsWith(dir.resolve("pdf-cache")), "a copy of the cached file");
        Path published = dir.resolve("site/essai.pdf");
        Files.createDirectories(published.getParent());
        second.writeTo(published);
        assertArrayEquals(laidOut, Files.readAllBytes(published));
        assertEquals(2, cache.pages(second));
    }

    @Test
    void unchangedPdfsAreReadBackAndChangedOnesRenderedAgain(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.create(dir)
                .write("fiches/jardin.md", PrintFixtures.fiche("Jardin partagé", "vivre-ensemble", "Un jardin."))
                .write("fiches/comite.md", PrintFixtures.fiche("Comité de locataires", "participation-locataires",
                        "Des locataires qui se réunissent."));
        Path cache = dir.resolve("target/pdf-cache");
        build(site);
        Map<String, FileTime> before = cached(cache);
        byte[] comiteBefore = Files.readAllBytes(site.output().resolve("pdf/comite.pdf"));

        site.write("fiches/jardin.md", PrintFixtures.fiche("Jardin partagé", "vivre-ensemble", "Un jardin agrandi."));
        build(site);
        Map<String, FileTime> after = cached(cache);

        // Unchanged: the comité's fiche and forum PDFs and its category booklet, same file, not rewritten.
        String comite = key(cache, site.output().resolve("pdf/comite.pdf"));
        assertEquals(before.get(comite), after.get(comite), "the comité's PDF was rendered again");
        assertArrayEquals(comiteBefore, Files.readAllBytes(site.output().resolve("pdf/comite.pdf")));
        long kept = after.keySet().stream().filter(before::containsKey).count();
        // Cached: per fiche its PDF, forum version and booklet part (6); per booklet (all fiches, each
        // category, the region holding both) its cover, map, contents, sources and the assembled booklet
        // (20). Laid out again: only jardin's PDF, forum version and booklet part; the three booklets
        // holding jardin are put together again from their parts. Everything else is read back: 20 of 26.
        assertEquals(20, kept, "kept " + kept + " of " + before.size());
        assertEquals(26, before.size(), before.keySet().toString());
        assertEquals(before.size(), after.size(), "old versions are pruned");
        assertTrue(Files.readString(site.output().resolve("fiches/jardin.html")).contains("Un jardin agrandi."));
    }

    @Test
    void pdfsRebuiltFromTheCacheAfterAnEditEqualAFreshBuildsByteForByte(@TempDir Path dir) throws IOException {
        String comite = PrintFixtures.fiche("Comité de locataires", "participation-locataires",
                "Des locataires qui se réunissent.");
        // Long enough to push jardin onto more pages: the contents' and sources' page numbers move.
        String longer = PrintFixtures.fiche("Jardin partagé", "vivre-ensemble", "Un jardin agrandi.")
                + "\n" + "Une saison de plus au jardin, avec de nouvelles parcelles et des bacs surélevés. ".repeat(400);
        TestSite cached = TestSite.create(dir.resolve("cached"))
                .write("fiches/jardin.md", PrintFixtures.fiche("Jardin partagé", "vivre-ensemble", "Un jardin."))
                .write("fiches/comite.md", comite);
        build(cached);
        byte[] bookletBefore = Files.readAllBytes(cached.output().resolve("pdf/livret-toutes-les-fiches.pdf"));
        cached.write("fiches/jardin.md", longer);
        build(cached);
        TestSite fresh = TestSite.create(dir.resolve("fresh"))
                .write("fiches/jardin.md", longer)
                .write("fiches/comite.md", comite);
        build(fresh);

        Map<String, byte[]> rebuilt = pdfs(cached.output());
        Map<String, byte[]> clean = pdfs(fresh.output());
        assertEquals(clean.keySet(), rebuilt.keySet());
        clean.forEach((path, bytes) -> assertArrayEquals(bytes, rebuilt.get(path), path + " differs from a fresh build's"));
        byte[] booklet = rebuilt.get("livret-toutes-les-fiches.pdf");
        assertTrue(PageBudget.pages(booklet) > PageBudget.pages(bookletBefore), "the edit did not lengthen the booklet");
    }

    /** Every PDF under the site's pdf/ folder, by path. */
    private static Map<String, byte[]> pdfs(Path site) throws IOException {
        Map<String, byte[]> pdfs = new HashMap<>();
        Path folder = site.resolve("pdf");
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                pdfs.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return pdfs;
    }

    private static void build(TestSite site) throws IOException {
        assertTrue(new SiteBuilder(site.layout(), true).build(site.output()).ok());
    }

    private static Map<String, FileTime> cached(Path cache) throws IOException {
        Map<String, FileTime> files = new HashMap<>();
        try (Stream<Path> list = Files.list(cache)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.getLastModifiedTime(file));
            }
        }
        return files;
    }

    /** The cache file holding the same bytes as {@code pdf}. */
    private static String key(Path cache, Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        try (Stream<Path> list = Files.list(cache)) {
            for (Path file : list.toList()) {
                if (Arrays.equals(bytes, Files.readAllBytes(file))) {
                    return file.getFileName().toString();
                }
            }
        }
        throw new AssertionError(pdf + " not in the cache " + List.of());
    }
}
