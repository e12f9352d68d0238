package ca.pratiqueshlm.testing;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.output.SiteWriter;
import ca.pratiqueshlm.pipeline.SiteBuilder.BuildReport;
import ca.pratiqueshlm.pipeline.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small project written to a temporary folder: the real templates and assets, small registries, and
 * fiches given inline by each test. Build it and read the output.
 */
public final class TestSite {
    /** The repository root, where the real templates and assets live. */
    public static final Path REPOSITORY = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** A site of three fiches: jardin « Jardin partagé », comite « Comité de locataires », cuisine « Cuisine collective ». */
    public static TestSite withThreeFiches(Path folder) {
        return create(folder)
                .write("fiches/jardin.md", Fixtures.fiche("").replace("titre: " + Fixtures.TITLE, "titre: Jardin partagé"))
                .write("fiches/comite.md", Fixtures.fiche("").replace("titre: " + Fixtures.TITLE, "titre: Comité de locataires"))
                .write("fiches/cuisine.md", Fixtures.fiche("").replace("titre: " + Fixtures.TITLE, "titre: Cuisine collective"));
    }

    /** A project with the fixture registries of src/test/resources/site and no fiche yet. */
    public static TestSite create(Path folder) {
        try {
            SiteWriter.copyTree(REPOSITORY.resolve("templates"), folder.resolve("templates"));
            SiteWriter.copyTree(REPOSITORY.resolve("assets"), folder.resolve("assets"));
            SiteWriter.copyTree(REPOSITORY.resolve("src/test/resources/site/content"), folder.resolve("content"));
            Files.createDirectories(folder.resolve("content/fiches"));
            Files.createDirectories(folder.resolve("content/pages"));
            return new TestSite(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole real content of the repository, in a copy that tests may break. */
    public static TestSite copyOfRepository(Path folder) {
        try {
            SiteWriter.copyTree(REPOSITORY.resolve("templates"), folder.resolve("templates"));
            SiteWriter.copyTree(REPOSITORY.resolve("assets"), folder.resolve("assets"));
            SiteWriter.copyTree(REPOSITORY.resolve("content"), folder.resolve("content"));
            return new TestSite(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public ProjectLayout layout() {
        return new ProjectLayout(root);
    }

    /** Writes {@code content/<relativePath>} with {@code text}. */
    public TestSite write(String relativePath, String text) {
        String slug = relativePath.replaceAll("^fiches/|\\.md$", "");
        if (relativePath.startsWith("fiches/") && fixtureTitleTakenByAnother(slug)) {
            // Two fiches may not share a title (« fiches check » refuses it): a later fixture adds its file name.
            text = text.replace("titre: " + Fixtures.TITLE + "\n", "titre: " + Fixtures.TITLE + " (" + slug + ")\n");
        }
        try {
            Path file = root.resolve("content").resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a fiche from {@link Fixtures#fiche} with its title and slug. */
    public TestSite fiche(String slug, String yamlOverrides) {
        return write("fiches/" + slug + ".md", Fixtures.fiche(yamlOverrides));
    }

    private boolean fixtureTitleTakenByAnother(String slug) {
        Path fiches = root.resolve("content/fiches");
        if (!Files.isDirectory(fiches)) {
            return false;
        }
        try (var files = Files.list(fiches)) {
            return files.filter(f -> !f.getFileName().toString().equals(slug + ".md")).anyMatch(f -> {
                try {
                    return Files.readString(f).contains("titre: " + Fixtures.TITLE + "\n");
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path output() {
        return root.resolve("target/site");
    }

    public BuildReport build() {
        try {
            return new SiteBuilder(layout()).build(output());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String outputPath) {
        try {
            return Files.readString(output().resolve(outputPath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
