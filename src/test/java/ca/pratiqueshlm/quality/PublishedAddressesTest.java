package ca.pratiqueshlm.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.cli.Main;
import ca.pratiqueshlm.testing.Fixtures;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Printed fiches carry QR codes: a published address must keep working. Renaming a fiche without
 * declaring its former name fails the build, naming the address; declaring it leaves a redirect page.
 */
class PublishedAddressesTest {
    @TempDir
    Path folder;

    @Test
    void renamingAFicheWithoutItsFormerNameFailsNamingTheAddress() throws Exception {
        TestSite site = TestSite.create(folder.resolve("projet")).fiche("jardin-test", "");
        String said = adresses(site);
        assertTrue(said.matches("\\d+ adresses ajoutées à content/adresses\\.txt\\.\\R"), said);
        List<String> manifest = Files.readAllLines(site.root().resolve("content/adresses.txt"));
        assertTrue(manifest.contains("fiches/jardin-test.html"), manifest.toString());
        assertTrue(manifest.contains("index.html"), manifest.toString());
        int line = manifest.indexOf("fiches/jardin-test.html") + 1;

        CliRun first = CliRun.build(site.root(), folder.resolve("sortie"));
        assertEquals(0, first.exitCode(), first.err());
        Files.move(site.root().resolve("content/fiches/jardin-test.md"), site.root().resolve("content/fiches/jardin-renomme.md"));

        CliRun refused = CliRun.build(site.root(), folder.resolve("sortie"));
        assertEquals(1, refused.exitCode());
        assertEquals(List.of("content/adresses.txt:" + line + ":1: adresse publiée disparue : fiches/jardin-test.html"
                        + " — si la fiche a été renommée, ajoutez « anciens_noms: [jardin-test] » à la fiche sous son nouveau nom ;"
                        + " si sa suppression est voulue, retirez cette ligne",
                "1 erreur.", "Le site n'a pas été construit ; le site précédent est intact."), refused.errLines());
        assertTrue(Files.exists(folder.resolve("sortie/fiches/jardin-test.html")), "the previous site is kept");
    }

    @Test
    void aDeclaredFormerNameGetsAValidRedirectPage() throws Exception {
        TestSite site = TestSite.create(folder.resolve("projet")).fiche("jardin-test", "");
        adresses(site);
        Files.delete(site.root().resolve("content/fiches/jardin-test.md"));
        site.write("fiches/jardin-renomme.md", Fixtures.fiche("anciens_noms: [jardin-test]\n"));

        CliRun run = CliRun.build(site.root(), folder.resolve("sortie"));

        assertEquals(0, run.exitCode(), run.err());
        Path redirect = folder.resolve("sortie/fiches/jardin-test.html");
        Document page = Jsoup.parse(Files.readString(redirect));
        assertEquals("0; url=jardin-renomme.html", page.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals(baseUrl(site) + "fiches/jardin-renomme.html",
                page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("jardin-renomme.html", page.selectFirst("main a").attr("href"));
        assertEquals("Jardin collectif de test", page.selectFirst("main a").text());
        assertEquals(List.of(), new NuChecker().errors(redirect.toFile()), "the redirect page is valid HTML");
        assertTrue(Files.exists(folder.resolve("sortie/fiches/jardin-renomme.html")));
    }

    @Test
    void aFormerNameCannotBeAnotherFichesName() throws IOException {
        TestSite site = TestSite.create(folder.resolve("projet")).fiche("jardin-test", "")
                .write("fiches/autre.md", Fixtures.fiche("anciens_noms: [jardin-test]\n").replace("Jardin collectif de test", "Autre"));
        CliRun run = CliRun.build(site.root(), folder.resolve("sortie"));
        assertEquals(1, run.exitCode());
        assertEquals("content/fiches/autre.md:27:15: ancien nom « jardin-test » impossible : il est le nom actuel de"
                + " content/fiches/jardin-test.md — une adresse ne peut mener qu'à une seule fiche ; retirez ce nom de « anciens_noms »",
                run.errLines().get(0));
    }

    @Test
    void theRealSitePublishesEveryAddressOfItsManifest() throws IOException {
        List<String> manifest = Files.readAllLines(TestSite.REPOSITORY.resolve("content/adresses.txt"));
        assertTrue(manifest.stream().filter(l -> l.startsWith("fiches/")).count() >= 20, "the manifest is committed");
        assertFalse(manifest.stream().anyMatch(l -> !l.startsWith("#") && !l.endsWith(".html")), "pages only");
    }

    private static String baseUrl(TestSite site) throws IOException {
        return Files.readAllLines(site.root().resolve("content/site.yaml")).stream()
                .filter(l -> l.startsWith("url_de_base:")).findFirst().orElseThrow()
                .substring("url_de_base:".length()).strip().replace("\"", "");
    }

    private static String adresses(TestSite site) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"adresses", "--project", site.root().toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err::toString);
        return out.toString();
    }
}
