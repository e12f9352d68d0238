package ca.pratiqueshlm.scaffold;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.model.Category;
import ca.pratiqueshlm.model.Region;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.validation.RegistryLoader;
import ca.pratiqueshlm.validation.Slugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks the answers of {@code fiches new} against the registries and writes the new fiche. */
public final class FicheCreator {
    private final ProjectLayout layout;
    private final Registries registries;

    public FicheCreator(ProjectLayout layout) {
        this.layout = layout;
        // A broken registry is reported by `check`; here it only means fewer answers can be verified.
        this.registries = new RegistryLoader(layout).load(new ArrayList<>());
    }

    public List<Category> categories() {
        return registries.categories();
    }

    public List<Region> regions() {
        return registries.regions();
    }

    /** Why {@code title} cannot be used, if it cannot. */
    public Optional<String> titleProblem(String title) {
        if (title == null || title.isBlank()) {
            return Optional.of("le titre est vide");
        }
        if (title.contains("\n") || title.contains("\r")) {
            return Optional.of("le titre doit tenir sur une ligne");
        }
        return Optional.empty();
    }

    /** Why {@code category} is not a known category id, if it is not. */
    public Optional<String> categoryProblem(String category) {
        List<String> ids = registries.categories().stream().map(Category::id).toList();
        return ids.isEmpty() || ids.contains(category) ? Optional.empty()
                : Optional.of("catégorie inconnue « " + category + " » ; catégories permises : " + String.join(", ", ids));
    }

    /** "3" and "03" both mean Capitale-Nationale. */
    public String normalizeRegion(String region) {
        String trimmed = region.trim();
        return trimmed.matches("[0-9]") ? "0" + trimmed : trimmed;
    }

    public Optional<String> regionProblem(String region) {
        List<String> codes = registries.regions().stream().map(Region::code).toList();
        return codes.isEmpty() || codes.contains(region) ? Optional.empty()
                : Optional.of("code de région inconnu « " + region + " » ; codes permis : " + String.join(", ", codes));
    }

    public String slugOf(String title) {
        return Slugs.slugify(title);
    }

    /** Writes {@code content/fiches/<slug>.md}; never replaces an existing file. */
    public Path create(String title, String category, String region, LocalDate today) throws IOException {
        Path file = layout.fiches().resolve(slugOf(title) + ".md");
        Files.createDirectories(file.getParent());
        String text = new FicheScaffold(title.strip(), category, region, today).text();
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(layout.relative(file).toString().replace('\\', '/'), null,
                    "choisissez un autre titre ou modifiez la fiche existante");
        }
        return file;
    }

    /** The project-relative path, as editors see it. */
    public String display(Path file) {
        return layout.relative(file).toString().replace('\\', '/');
    }
}
