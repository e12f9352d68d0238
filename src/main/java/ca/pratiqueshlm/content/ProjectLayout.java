package ca.pratiqueshlm.content;

import java.nio.file.Path;

/** Where each kind of input lives in a project. */
public record ProjectLayout(Path root) {
    public ProjectLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path fiches() {
        return content().resolve("fiches");
    }

    public Path pages() {
        return content().resolve("pages");
    }

    public Path data() {
        return content().resolve("data");
    }

    public Path templates() {
        return root.resolve("templates");
    }

    public Path assets() {
        return root.resolve("assets");
    }

    /** The path as shown to editors: relative to the project, with forward slashes. */
    public Path relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    }

    /** Whether a relative path goes through a file or folder whose name starts with a dot (.git/, .env): never published. */
    public static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
