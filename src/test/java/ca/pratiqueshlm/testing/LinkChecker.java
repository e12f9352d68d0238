package ca.pratiqueshlm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds broken internal links in a built site: every {@code href} and {@code src} of every HTML page
 * must name a file of the site and, when it has a fragment, an element with that id in the target.
 * External addresses (with a scheme, or starting with //) are not followed. Links starting with / are
 * broken (they fail from file:// and under another base path), except on the site's {@code 404.html}: a
 * server shows that page at any depth, so its links start from the site's base path, the folder of the
 * page's own canonical address, and are checked from the site's root.
 */
public final class LinkChecker {
    private static final String ATTRIBUTES = "[href], [src]";

    private final Path site;
    private final Map<Path, Set<String>> idsByPage = new HashMap<>();

    private LinkChecker(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    /** A broken link: the page it is on, the link as written, and what is wrong. */
    public record BrokenLink(String page, String link, String problem) {
        @Override
        public String toString() {
            return page + ": " + link + " (" + problem + ")";
        }
    }

    /** What a check found: how many pages and links it looked at, and the broken ones. */
    public record Report(int pages, int links, List<BrokenLink> broken) {
        public String summary() {
            return broken.stream().map(BrokenLink::toString).collect(Collectors.joining("\n"));
        }
    }

    /** Checks every {@code .html} file under {@code site}. */
    public static Report check(Path site) {
        return new LinkChecker(site).run();
    }

    private Report run() {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<BrokenLink> broken = new ArrayList<>();
        int links = 0;
        for (Path page : pages) {
            Document document = parse(page);
            for (Element element : document.select(ATTRIBUTES)) {
                String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                links++;
                String problem = problem(page, link);
                if (problem != null) {
                    broken.add(new BrokenLink(site.relativize(page).toString(), link, problem));
                }
            }
        }
        return new Report(pages.size(), links, List.copyOf(broken));
    }

    /** Why {@code link} on {@code page} is broken, or null when it is fine or external. */
    private String problem(Path page, String link) {
        if (link.isBlank()) {
            return "lien vide";
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            return "adresse mal formée : " + e.getMessage();
        }
        if (uri.getScheme() != null || link.startsWith("//")) {
            return null;
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        Path from = page.getParent();
        if (link.startsWith("/")) {
            String base = notFoundBase(page);
            if (base == null || !path.startsWith(base)) {
                return "lien absolu : ne fonctionne ni depuis file:// ni sous un autre chemin";
            }
            path = path.substring(base.length());
            from = site;
        }
        Path target = path.isEmpty() ? page : from.resolve(path).normalize();
        if (!target.startsWith(site)) {
            return "sort du site";
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return "fichier absent : " + site.relativize(target);
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                && !ids(target).contains(fragment)) {
            return "ancre absente dans " + site.relativize(target);
        }
        return null;
    }

    /** On the site's root 404.html, the path of the folder of its canonical address; elsewhere null. */
    private String notFoundBase(Path page) {
        if (!page.equals(site.resolve("404.html"))) {
            return null;
        }
        Element canonical = parse(page).selectFirst("link[rel=canonical]");
        if (canonical == null) {
            return null;
        }
        String path = URI.create(canonical.attr("href")).getPath();
        return path == null || !path.endsWith("/404.html") ? null : path.substring(0, path.length() - "404.html".length());
    }

    private Set<String> ids(Path page) {
        return idsByPage.computeIfAbsent(page, p -> {
            Document document = parse(p);
            return Stream.concat(document.select("[id]").stream().map(e -> e.attr("id")),
                            document.select("a[name]").stream().map(e -> e.attr("name")))
                    .collect(Collectors.toUnmodifiableSet());
        });
    }

    private Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
