package ca.pratiqueshlm.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Maps a request path to a file of the built site, and refuses anything that would leave it: "..",
 * their percent-encoded forms, absolute paths, backslashes, NUL bytes and symbolic links out of the site.
 */
public final class SitePaths {
    private final Path root;

    public SitePaths(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** What a request path names: a file to send, a folder that needs its trailing slash, or nothing. */
    public sealed interface Target permits Target.File, Target.Redirect, Target.Missing {
        record File(Path path) implements Target {}

        /** A folder asked for without its trailing slash: relative links need the slash. */
        record Redirect(String location) implements Target {}

        record Missing() implements Target {}
    }

    /** Resolves the raw (still percent-encoded) path of a request URI. */
    public Target resolve(String rawPath) {
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty()) {
            return new Target.Missing();
        }
        String path = decoded.get();
        if (!path.startsWith("/") || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
            return new Target.Missing();
        }
        for (String segment : path.split("/")) {
            // Refused outright rather than normalised: no legitimate link of the site climbs.
            if (segment.equals("..") || segment.contains(":")) {
                return new Target.Missing();
            }
        }
        Path file;
        try {
            file = root.resolve(path.replaceFirst("^/+", "")).normalize();
        } catch (InvalidPathException e) {
            return new Target.Missing();
        }
        if (!file.startsWith(root)) {
            return new Target.Missing();
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                // One leading slash only: "//fiches/" would send the browser to a host named "fiches".
                return new Target.Redirect(rawPath.replaceFirst("^/+", "/") + "/");
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file) || !insideRealRoot(file)) {
            return new Target.Missing();
        }
        return new Target.File(file);
    }

    /** A symbolic link inside the site may still point outside it. */
    private boolean insideRealRoot(Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<String> decode(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return Optional.empty();
        }
        try {
            // URI decodes %xx as UTF-8 but, unlike URLDecoder, leaves "+" alone.
            return Optional.ofNullable(new URI("http://localhost" + rawPath).getPath());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
