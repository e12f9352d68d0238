package ca.pratiqueshlm.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.output.SiteWriter;
import ca.pratiqueshlm.testing.Fixtures;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's incremental build must leave exactly what a clean build writes: after each of a random
 * sequence of edits (fiche, registry, template, asset, deletion, rename, reference page, a broken save
 * then its fix),
 * the incrementally updated site is compared byte for byte, file by file, with a clean build's.
 */
class IncrementalBuildTest {
    /** Kinds of edit, each applied once per sequence, in an order drawn from the seed. */
    private static final int KINDS = 9;

    @ParameterizedTest(name = "graine {0}")
    @ValueSource(longs = {1, 2})
    void randomEditsLeaveTheCleanBuildsOutput(long seed, @TempDir Path folder) throws IOException {
        TestSite project = TestSite.create(folder.resolve("projet"));
        List<String> slugs = new ArrayList<>(List.of("jardin", "cuisine", "comite"));
        for (String slug : slugs) {
            project.write("fiches/" + slug + ".md", titled(slug, 0));
        }
        Path incremental = folder.resolve("apercu");
        IncrementalBuilder builder = new IncrementalBuilder(project.layout(), incremental);
        assertTrue(builder.build().report().ok());
        List<Integer> kinds = new ArrayList<>(java.util.stream.IntStream.range(0, KINDS).boxed().toList());
        java.util.Collections.shuffle(kinds, new Random(seed));
        List<String> done = new ArrayList<>();
        for (int step = 1; step <= KINDS; step++) {
            String edit = edit(kinds.get(step - 1), step, project, slugs, builder);
            done.add(edit);
            // Files saved a while ago are trusted unread, so a fiche edit is a lone changed fiche whose
            // page the builder writes first (a file younger than 2 s is read at every build).
            ageContent(project);
            IncrementalBuilder.Outcome outcome = builder.build();
            assertTrue(outcome.report().ok(), done + " : " + outcome.report().problems());
            Path clean = folder.resolve("propre-" + step);
            assertTrue(new SiteBuilder(project.layout()).build(clean).ok());
            assertSameTree(clean, incremental, done.toString());
        }
    }

    @Test
    void aFicheEditRewritesItsPageAndThePagesThatShowItNotTheOthers(@TempDir Path folder) throws IOException {
        TestSite project = TestSite.create(folder.resolve("projet"));
        project.write("fiches/jardin.md", titled("jardin", 0)).write("fiches/cuisine.md", titled("cuisine", 0));
        IncrementalBuilder builder = new IncrementalBuilder(project.layout(), folder.resolve("apercu"));
        builder.build();
        project.write("fiches/jardin.md", Fixtures.fiche("").replace("Jardin collectif de test", "Jardin renommé jardin")
                .replace("Les locataires cultivent", "Les voisins cultivent"));
        Set<String> changed = builder.build().changed();
        assertTrue(changed.contains("fiches/jardin.html"), changed.toString());
        assertTrue(changed.contains("index.html"), "the home page lists it: " + changed);
        assertFalse(changed.contains("a-propos.html") || changed.contains("404.html") || changed.contains("proposer.html"),
                "pages that do not show it are left alone: " + changed);
        assertFalse(changed.contains("assets/css/site.css"), changed.toString());
        assertEquals(Set.of(), builder.build().changed(), "a rebuild with no edit writes nothing");
    }

    /**
     * Puts the time of content files saved in the last minute an hour back (a time of its own at each
     * call, so the edit is still seen): the preview then trusts them unread, as it trusts an editor's
     * files but the one just saved.
     */
    static void ageContent(TestSite project) throws IOException {
        long now = System.currentTimeMillis();
        java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.fromMillis(now - 3_600_000);
        try (Stream<Path> files = Files.walk(project.root().resolve("content"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (Files.getLastModifiedTime(file).toMillis() > now - 60_000) {
                    Files.setLastModifiedTime(file, hourAgo);
                }
            }
        }
    }

    @Test
    void aRewrittenPageKeepsTheModeACleanBuildGivesIt(@TempDir Path folder) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "no POSIX file modes on this file system");
        TestSite project = TestSite.create(folder.resolve("projet"));
        project.write("fiches/jardin.md", titled("jardin", 0));
        Path site = folder.resolve("apercu");
        IncrementalBuilder builder = new IncrementalBuilder(project.layout(), site);
        assertTrue(builder.build().report().ok());
        project.write("fiches/jardin.md", titled("jardin", 1));
        assertTrue(builder.build().changed().contains("fiches/jardin.html"));
        Path clean = folder.resolve("propre");
        assertTrue(new SiteBuilder(project.layout()).build(clean).ok());

        assertEquals(Files.getPosixFilePermissions(clean.resolve("fiches/jardin.html")),
                Files.getPosixFilePermissions(site.resolve("fiches/jardin.html")));
    }

    /**
     * The preview re-reads only files whose time or size changed; a second save within the file system's
     * clock tick can keep both. Simulated by restoring the file's time after a same-size edit.
     */
    @Test
    void aSameSizeSaveThatKeepsTheFileTimeIsStillSeen(@TempDir Path folder) throws IOException {
        TestSite project = TestSite.create(folder.resolve("projet"));
        project.write("fiches/jardin.md", titled("jardin", 1));
        Path fiche = project.root().resolve("content/fiches/jardin.md");
        IncrementalBuilder builder = new IncrementalBuilder(project.layout(), folder.resolve("apercu"));
        assertTrue(builder.build().report().ok());
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(fiche);
        String edited = titled("jardin", 2);
        assertEquals(Files.size(fiche), edited.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, "same size");
        Files.writeString(fiche, edited);
        Files.setLastModifiedTime(fiche, time);

        assertTrue(builder.build().changed().contains("fiches/jardin.html"));
        assertTrue(Files.readString(folder.resolve("apercu/fiches/jardin.html")).contains("Texte jardin numéro 2"));
    }

    /** Applies one random edit; returns what it did, for the failure message. */
    private static String edit(int kind, int step, TestSite project, List<String> slugs, IncrementalBuilder builder)
            throws IOException {
        Path root = project.root();
        String slug = slugs.get(step % slugs.size());
        switch (kind) {
            case 0 -> {
                project.write("fiches/" + slug + ".md", titled(slug, step));
                return "fiche " + slug;
            }
            case 1 -> {
                Path categories = root.resolve("content/data/categories.yaml");
                Files.writeString(categories, Files.readString(categories).replaceFirst("nom: Vivre ensemble.*",
                        "nom: Vivre ensemble " + step));
                return "registre";
            }
            case 2 -> {
                Path template = root.resolve(step % 2 == 0 ? "templates/fiche.ftl" : "templates/layout.ftl");
                String text = Files.readString(template);
                Files.writeString(template, template.endsWith("fiche.ftl") ? text.replace("</article>",
                        "<p>repère " + step + "</p></article>") : text.replace("</body>", "<!-- repère " + step + " --></body>"));
                return "gabarit " + template.getFileName();
            }
            case 3 -> {
                Path css = root.resolve("assets/css/site.css");
                Files.writeString(css, Files.readString(css) + "\n/* repère " + step + " */\n");
                Files.writeString(Files.createDirectories(root.resolve("assets/ajout")).resolve("a-" + step + ".txt"), "ajout");
                return "ressources";
            }
            case 4 -> {
                if (slugs.size() > 1) {
                    Files.delete(root.resolve("content/fiches/" + slug + ".md"));
                    slugs.remove(slug);
                }
                SiteWriter.deleteTree(root.resolve("assets/ajout"));
                return "suppression " + slug;
            }
            case 5 -> {
                String renamed = slug + "-" + step;
                Files.move(root.resolve("content/fiches/" + slug + ".md"), root.resolve("content/fiches/" + renamed + ".md"));
                slugs.set(slugs.indexOf(slug), renamed);
                return "renommage " + slug + " -> " + renamed;
            }
            case 6 -> {
                project.write("fiches/nouvelle-" + step + ".md", titled("nouvelle-" + step, step));
                slugs.add("nouvelle-" + step);
                return "ajout nouvelle-" + step;
            }
            case 7 -> {
                project.write("pages/reference.md", """
                        ---
                        titre: Ce que disent les sources
                        resume: Une synthèse, version %d.
                        sources:
                          - {id: source-test, repere: section 2}
                        ---
                        Le texte de la page, version %d.
                        """.formatted(step, step));
                return "page de référence";
            }
            default -> {
                // A half-typed save: the build fails and must leave the preview's state as it was.
                project.write("fiches/" + slug + ".md", titled(slug, step).replace("categorie: vivre-ensemble", "categorie: vivre"));
                assertFalse(builder.build().report().ok());
                project.write("fiches/" + slug + ".md", titled(slug, step));
                return "erreur puis correction " + slug;
            }
        }
    }

    static String titled(String slug, int version) {
        return Fixtures.fiche("").replace("Jardin collectif de test", "Pratique " + slug + " " + version)
                .replace("Les locataires cultivent un jardin ensemble.", "Texte " + slug + " numéro " + version + ".");
    }

    static void assertSameTree(Path expected, Path actual, String edits) throws IOException {
        Map<String, byte[]> want = tree(expected);
        Map<String, byte[]> got = tree(actual);
        assertEquals(want.keySet(), got.keySet(), "files and folders after " + edits);
        for (Map.Entry<String, byte[]> file : want.entrySet()) {
            assertArrayEquals(file.getValue(), got.get(file.getKey()), file.getKey() + " after " + edits);
        }
    }

    /** Every file (its bytes) and folder (no bytes) below {@code root}. */
    static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(p -> !p.equals(root)).toList()) {
                String name = root.relativize(path).toString().replace('\\', '/');
                all.put(name, Files.isDirectory(path) ? new byte[0] : Files.readAllBytes(path));
            }
        }
        return all;
    }
}
