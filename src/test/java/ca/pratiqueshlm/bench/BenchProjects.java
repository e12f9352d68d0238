package ca.pratiqueshlm.bench;

import ca.pratiqueshlm.output.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the projects the benchmark builds from the same synthetic practices: ours, JBake's, Hugo's. */
final class BenchProjects {
    private BenchProjects() {}

    /** Our project: the real templates, assets, registries and settings, and the synthetic fiches. */
    static Path ours(Path repository, Path folder, List<SyntheticFiche> fiches) throws IOException {
        SiteWriter.copyTree(repository.resolve("templates"), folder.resolve("templates"));
        SiteWriter.copyTree(repository.resolve("assets"), folder.resolve("assets"));
        SiteWriter.copyTree(repository.resolve("content/data"), folder.resolve("content/data"));
        // The named booklets list real fiches, which the synthetic corpus does not have.
        Files.deleteIfExists(folder.resolve("content/data/livrets.yaml"));
        Files.copy(repository.resolve("content/site.yaml"), folder.resolve("content/site.yaml"));
        Path dir = Files.createDirectories(folder.resolve("content/fiches"));
        for (SyntheticFiche fiche : fiches) {
            Files.writeString(dir.resolve(fiche.slug() + ".md"), FicheFormats.fiche(fiche), StandardCharsets.UTF_8);
        }
        return folder;
    }

    /** A plain JBake 2.7.0 project: properties, the minimal Freemarker templates it requires, posts. */
    static Path jbake(Path folder, List<SyntheticFiche> fiches) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("jbake.properties"), """
                site.host=https://exemple.invalid
                render.tags=true
                render.sitemap=true
                render.archive=true
                render.feed=true
                render.index=true
                template.post.file=post.ftl
                template.page.file=page.ftl
                db.store=memory
                markdown.extensions=HARDWRAPS,AUTOLINKS,FENCED_CODE_BLOCKS,DEFINITIONS,TABLES
                """, StandardCharsets.UTF_8);
        Path templates = Files.createDirectories(folder.resolve("templates"));
        String head = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">";
        template(templates, "index.ftl", head + "<title>Fiches</title></head><body><h1>Fiches</h1><ul>"
                + "<#list published_posts as post><li><a href=\"${post.uri}\">${post.title}</a></li></#list>"
                + "</ul></body></html>");
        template(templates, "post.ftl", head + "<title>${content.title}</title></head><body>"
                + "<h1>${content.title}</h1><p>${content.date?string(\"yyyy-MM-dd\")}</p>${content.body}"
                + "<p><#list content.tags as tag><a href=\"tags/${tag}.html\">${tag}</a> </#list></p></body></html>");
        template(templates, "page.ftl", head + "<title>${content.title}</title></head><body>"
                + "<h1>${content.title}</h1>${content.body}</body></html>");
        template(templates, "archive.ftl", head + "<title>Archives</title></head><body><ul>"
                + "<#list published_posts as post><li>${post.date?string(\"yyyy-MM-dd\")} "
                + "<a href=\"${post.uri}\">${post.title}</a></li></#list></ul></body></html>");
        template(templates, "tags.ftl", head + "<title>${tag}</title></head><body><h1>${tag}</h1><ul>"
                + "<#list tag_posts as post><li><a href=\"../${post.uri}\">${post.title}</a></li></#list>"
                + "</ul></body></html>");
        template(templates, "feed.ftl", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Fiches</title>"
                + "<#list published_posts as post><entry><title>${post.title?xml}</title>"
                + "<id>${config.site_host}/${post.uri}</id></entry></#list></feed>");
        template(templates, "sitemap.ftl", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<#list published_content as item><url><loc>${config.site_host}/${item.uri}</loc></url></#list>"
                + "</urlset>");
        Path content = Files.createDirectories(folder.resolve("content/fiches"));
        for (SyntheticFiche fiche : fiches) {
            Files.writeString(content.resolve(fiche.slug() + ".md"), FicheFormats.jbakePost(fiche), StandardCharsets.UTF_8);
        }
        return folder;
    }

    /**
     * A plain Hugo project on the same practices: a list page, a page per practice, three taxonomies
     * (category, region, partner) with their term pages, and Hugo's own feed and sitemap.
     */
    static Path hugo(Path folder, List<SyntheticFiche> fiches) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("config.toml"), """
                baseURL = "https://exemple.invalid/"
                languageCode = "fr"
                title = "Fiches"
                [taxonomies]
                  category = "categories"
                  region = "regions"
                  partenaire = "partenaires"
                """, StandardCharsets.UTF_8);
        Path layouts = Files.createDirectories(folder.resolve("layouts/_default"));
        String head = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">";
        template(folder.resolve("layouts"), "index.html", head + "<title>Fiches</title></head><body><h1>Fiches</h1><ul>"
                + "{{ range .Site.RegularPages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}"
                + "</ul></body></html>");
        template(layouts, "single.html", head + "<title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>"
                + "<p>{{ .Date.Format \"2006-01-02\" }}</p>{{ .Content }}<p>{{ range .Params.categories }}"
                + "<a href=\"/categories/{{ . | urlize }}/\">{{ . }}</a> {{ end }}</p></body></html>");
        template(layouts, "list.html", head + "<title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1><ul>"
                + "{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}"
                + "</ul></body></html>");
        Path content = Files.createDirectories(folder.resolve("content/fiches"));
        for (SyntheticFiche fiche : fiches) {
            Files.writeString(content.resolve(fiche.slug() + ".md"), FicheFormats.hugoPage(fiche), StandardCharsets.UTF_8);
        }
        return folder;
    }

    /** A copy of the real project (content, templates, assets) that the preview measurement may edit. */
    static Path realCopy(Path repository, Path folder) throws IOException {
        for (String part : List.of("content", "templates", "assets")) {
            SiteWriter.copyTree(repository.resolve(part), folder.resolve(part));
        }
        return folder;
    }

    private static void template(Path folder, String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text + "\n", StandardCharsets.UTF_8);
    }

}
