package ca.pratiqueshlm.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.pipeline.SiteBuilder;
import ca.pratiqueshlm.testing.Fixtures;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forum version of a fiche: one sheet, both sides, whatever the fiche's length. */
class ForumPdfTest {
    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() throws IOException {
        site = TestSite.create(dir).write("fiches/longue.md", longFiche("Une pratique très documentée"))
                .write("fiches/choisie.md", longFiche("Une pratique aux chiffres choisis")
                        .replace("valeur: \"102\"", "valeur: \"102\"\n    en_bref: true")
                        .replace("valeur: \"105\"", "valeur: \"105\"\n    en_bref: true"));
        assertTrue(new SiteBuilder(site.layout(), true).build(site.output()).ok());
    }

    @Test
    void longFicheFitsTwoPagesWhileItsFullPdfRunsLonger() throws IOException {
        try (PDDocument forum = load("pdf/forum/longue.pdf"); PDDocument full = load("pdf/longue.pdf")) {
            assertTrue(full.getNumberOfPages() > 2, "the fixture must be long: " + full.getNumberOfPages());
            assertTrue(forum.getNumberOfPages() <= 2, "forum pages: " + forum.getNumberOfPages());
            String text = text(forum, 1, forum.getNumberOfPages());
            assertTrue(text.contains("Une pratique très documentée"), text);
            assertTrue(text.contains("https://exemple.test/fiches/fiches/longue.html"), "public address");
            assertTrue(text.contains("En bref") && text.contains("Sources principales"), text);
            assertTrue(text.contains("dans la fiche en ligne"), "says what was left out");
            assertEquals("fr-CA", forum.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void showsTheFirstThreeKeyFiguresByDefault() throws IOException {
        try (PDDocument forum = load("pdf/forum/longue.pdf")) {
            String text = text(forum, 1, forum.getNumberOfPages());
            for (int value = 101; value <= 103; value++) {
                assertTrue(text.matches("(?s).*" + value + "\\s+chiffre.*"), value + " missing: " + text);
            }
            assertFalse(text.matches("(?s).*104\\s+chiffre.*"), "a fourth figure");
        }
    }

    @Test
    void showsTheFiguresTheEditorMarkedEnBrefAsTheFichePageDoes() throws IOException {
        try (PDDocument forum = load("pdf/forum/choisie.pdf")) {
            String text = text(forum, 1, forum.getNumberOfPages());
            for (int value : new int[] {102, 105}) {
                assertTrue(text.matches("(?s).*" + value + "\\s+chiffre.*"), value + " missing: " + text);
            }
            for (int value : new int[] {101, 103, 104}) {
                assertFalse(text.matches("(?s).*" + value + "\\s+chiffre.*"), value + " not marked en_bref: " + text);
            }
        }
        // The fiche page's "En bref" block shows the same two figures.
        String page = Files.readString(site.output().resolve("fiches/choisie.html"));
        assertEquals(List.of("102", "105"), org.jsoup.Jsoup.parse(page).select(".en-bref .figures-brief .figure-value")
                .eachText());
    }

    @Test
    void lastPageOfEveryPdfCarriesMoreThanTheQrCode() throws IOException {
        for (String path : new String[] {"pdf/forum/longue.pdf", "pdf/longue.pdf", "pdf/livret-toutes-les-fiches.pdf"}) {
            try (PDDocument pdf = load(path)) {
                int last = pdf.getNumberOfPages();
                long lines = text(pdf, last, last).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("Page ") && !l.contains("Pratiques"))
                        .count();
                assertTrue(lines >= 3, path + ": last page holds " + lines + " line(s): " + text(pdf, last, last));
            }
        }
    }

    @Test
    void aForumVersionOverTwoPagesFailsTheBuildWithTheFichesName(@TempDir Path other) throws IOException {
        // The forum version keeps 3 objectives and 4 activities: each is made far too long for a page.
        String endless = IntStream.range(0, 700).mapToObj(i -> "mot" + i).collect(Collectors.joining(" "));
        String items = IntStream.range(0, 4).mapToObj(i -> "  - " + endless).collect(Collectors.joining("\n"));
        TestSite broken = TestSite.create(other).write("fiches/bavarde.md", Fixtures.fiche("")
                .replace("titre: Jardin collectif de test", "titre: Fiche bavarde")
                .replace("objectifs:\n  - Créer un lieu de rencontre", "objectifs:\n" + items)
                .replace("activites:\n  - Jardinage en groupe", "activites:\n" + items));
        var report = new SiteBuilder(broken.layout(), true).build(broken.output());
        assertFalse(report.ok());
        Diagnostic problem = report.problems().get(0);
        assertEquals("content/fiches/bavarde.md", problem.path());
        assertTrue(problem.message().contains("« Fiche bavarde »") && problem.message().contains("version forum"),
                problem.format());
        assertFalse(Files.exists(broken.output().resolve("index.html")), "nothing written");
    }

    @Test
    void aForumVersionOverTwoPagesLeavesThePreviousSiteAsItWas(@TempDir Path other) throws IOException {
        TestSite edited = TestSite.create(other).write("fiches/bavarde.md", Fixtures.fiche(""));
        assertTrue(new SiteBuilder(edited.layout(), true).build(edited.output()).ok());
        String before = Files.readString(edited.output().resolve("fiches/bavarde.html"));
        String endless = IntStream.range(0, 700).mapToObj(i -> "mot" + i).collect(Collectors.joining(" "));
        String items = IntStream.range(0, 4).mapToObj(i -> "  - " + endless).collect(Collectors.joining("\n"));
        edited.write("fiches/bavarde.md", Fixtures.fiche("")
                .replace("objectifs:\n  - Créer un lieu de rencontre", "objectifs:\n" + items));

        // The pages are written while the PDFs are laid out: the failure must still leave nothing of them.
        assertFalse(new SiteBuilder(edited.layout(), true).build(edited.output()).ok());
        assertEquals(before, Files.readString(edited.output().resolve("fiches/bavarde.html")));
        assertTrue(Files.exists(edited.output().resolve("pdf/bavarde.pdf")), "the previous PDFs stay");
        try (var siblings = Files.list(edited.output().getParent())) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString()).filter(name -> name.contains(".staging-"))
                    .toList(), "no staging folder left");
        }
    }

    /** Far more of everything than two pages hold. */
    static String longFiche(String title) {
        String many = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> "  - Élément numéro " + i + " d'une liste qui n'en finit pas, avec assez de mots pour une ligne")
                .collect(Collectors.joining("\n"));
        String figures = IntStream.rangeClosed(101, 105)
                .mapToObj(v -> "  - valeur: \"" + v + "\"\n    libelle: chiffre de test\n    source: source-test\n    repere: page 2")
                .collect(Collectors.joining("\n"));
        String outcomes = IntStream.rangeClosed(1, 25)
                .mapToObj(i -> "  - id: liens\n    enonce: Les voisins se parlent davantage, constat numéro " + i)
                .collect(Collectors.joining("\n"));
        String body = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> "Paragraphe " + i + " de la description : les locataires racontent ce qu'ils ont fait, "
                        + "avec qui, pendant combien de temps et ce qu'ils en retiennent pour la suite du projet.")
                .collect(Collectors.joining("\n\n"));
        return Fixtures.fiche("chiffres_cles:\n" + figures + "\n")
                .replace("titre: Jardin collectif de test", "titre: " + title)
                .replace("objectifs:\n  - Créer un lieu de rencontre", "objectifs:\n" + many)
                .replace("activites:\n  - Jardinage en groupe", "activites:\n" + many)
                .replace("retombees:\n  - id: liens\n    enonce: Les voisins se parlent davantage", "retombees:\n" + outcomes)
                .replace("Les locataires cultivent un jardin ensemble.", body);
    }

    private static PDDocument load(String path) throws IOException {
        return Loader.loadPDF(Files.readAllBytes(site.output().resolve(path)));
    }

    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf).replace('\u00a0', ' ').replace('\u202f', ' ').replace("\r", "");
    }
}
