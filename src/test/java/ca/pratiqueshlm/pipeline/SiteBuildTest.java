package ca.pratiqueshlm.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.cli.Main;
import ca.pratiqueshlm.pipeline.SiteBuilder.BuildReport;
import ca.pratiqueshlm.testing.Fixtures;
import ca.pratiqueshlm.testing.LinkChecker;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuildTest {
    @TempDir
    Path folder;

    private TestSite smallSite(Path where) {
        return TestSite.create(where)
                .fiche("jardin-collectif", "")
                .write("fiches/cuisine.md", Fixtures.fiche("")
                        .replace("Jardin collectif de test", "Cuisine collective")
                        .replace("categorie: vivre-ensemble", "categorie: reinsertion-sociale")
                        .replace("region: \"12\"", "region: \"04\""))
                .write("pages/reference.md", """
                        ---
                        titre: Ce que disent les sources
                        resume: Une synthèse.
                        sources:
                          - {id: source-test, repere: section 2}
                        fiches: [cuisine]
                        ---
                        Voir [la cuisine](../fiches/cuisine.html) et *le jardin*.
                        """);
    }

    @Test
    void buildsEveryPageAFicheSiteNeeds() {
        TestSite site = smallSite(folder);
        BuildReport report = site.build();
        assertTrue(report.ok(), () -> report.problems().toString());
        for (String page : List.of("index.html", "fiches/jardin-collectif.html", "fiches/cuisine.html",
                "categories/vivre-ensemble.html", "categories/participation-locataires.html",
                "categories/reinsertion-sociale.html", "categories/concertation-partenariat.html",
                "partenaires/index.html", "partenaires/omh-test.html", "retombees/index.html", "retombees/liens.html",
                "regions/index.html", "sources.html", "pages/reference.html", "a-propos.html", "404.html",
                "sitemap.xml", "feed.xml", "assets/css/site.css")) {
            assertTrue(Files.isRegularFile(site.output().resolve(page)), page + " is missing");
        }
        Document fiche = Jsoup.parse(site.read("fiches/cuisine.html"));
        assertEquals("Cuisine collective", fiche.selectFirst("h1").text());
        assertEquals("Réinsertion sociale", fiche.selectFirst(".eyebrow a").text());
        assertTrue(fiche.select("a[href='../partenaires/omh-test.html']").size() > 0, "partner linked");
        assertTrue(fiche.select("a[href='../retombees/liens.html']").size() > 0, "outcome linked");
        assertTrue(fiche.text().contains("Les voisins se parlent davantage"));
        assertTrue(fiche.text().contains("Équipe de test (2014). Document de test."), "source cited");

        Document home = Jsoup.parse(site.read("index.html"));
        assertTrue(home.text().contains("2 fiches documentées"), home.text());
        Element vivre = home.selectFirst(".category-tile a[href='categories/vivre-ensemble.html']").closest("li");
        assertTrue(vivre.text().contains("1 fiche"), vivre.text());
        assertTrue(site.read("sitemap.xml").contains("<loc>https://exemple.test/fiches/fiches/cuisine.html</loc>"));
        assertTrue(site.read("feed.xml").contains("<title>Cuisine collective</title>"));
    }

    @Test
    void everyInternalLinkResolves() throws IOException {
        TestSite site = smallSite(folder);
        assertTrue(site.build().ok());
        assertEquals(List.of(), brokenLinks(site.output()));
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        TestSite first = smallSite(folder.resolve("a"));
        TestSite second = smallSite(folder.resolve("b"));
        assertTrue(first.build().ok());
        assertTrue(second.build().ok());
        Map<String, byte[]> a = tree(first.output());
        Map<String, byte[]> b = tree(second.output());
        assertEquals(a.keySet(), b.keySet());
        for (String path : a.keySet()) {
            assertArrayEquals(a.get(path), b.get(path), path + " differs between builds");
        }
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteUntouchedAndPrintsNoStackTrace() throws IOException {
        TestSite site = smallSite(folder);
        assertTrue(site.build().ok());
        Map<String, byte[]> before = tree(site.output());
        site.write("fiches/cuisine.md", Fixtures.fiche("").replace("categorie: vivre-ensemble", "categorie: vivre-ensembl"))
                .write("fiches/casse.md", "---\ntitre: [\n---\ntexte\n")
                .write("fiches/sans-titre.md", Fixtures.fiche("").replace("titre: Jardin collectif de test\n", ""));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"build", "--project", site.root().toString(), "--output",
                site.output().toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(1, exit);
        String errors = err.toString();
        assertTrue(errors.contains("content/fiches/cuisine.md:4:12: catégorie inconnue « vivre-ensembl » — vouliez-vous dire « vivre-ensemble » ?"), errors);
        assertTrue(errors.contains("content/fiches/casse.md:3:1: syntaxe YAML invalide"), errors);
        assertTrue(errors.contains("content/fiches/sans-titre.md:2:1: champ obligatoire « titre » manquant"), errors);
        assertTrue(errors.contains("3 erreurs."), errors);
        assertFalse(errors.contains("Exception") || errors.contains("\tat "), errors);
        Map<String, byte[]> after = tree(site.output());
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path + " changed"));
        try (Stream<Path> siblings = Files.list(site.output().getParent())) {
            // The lock file stays (deleting it would let two builds lock two different files), and
            // target/cache is the build cache (QR codes), kept on purpose beside the site.
            assertEquals(List.of(".site.lock", "site"), siblings.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("cache")).sorted().toList(), "no staging folder is left behind");
        }
    }

    /** Every href and src in the site that points inside it, with its anchor, exists (the shared checker). */
    static List<String> brokenLinks(Path siteRoot) {
        return LinkChecker.check(siteRoot).broken().stream().map(LinkChecker.BrokenLink::toString).toList();
    }

    static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
