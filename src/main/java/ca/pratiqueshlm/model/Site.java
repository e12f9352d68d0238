package ca.pratiqueshlm.model;

import java.util.Comparator;
import java.util.List;

/**
 * Everything the content holds, validated: the input of indexing and rendering. {@code booklets}: the
 * named booklets of content/data/livrets.yaml, in the file's order.
 */
public record Site(SiteConfig config, Registries registries, List<Fiche> fiches, List<Page> pages,
        List<NamedBooklet> booklets) {
    public Site {
        fiches = fiches.stream().sorted(Comparator.comparing(Fiche::slug)).toList();
        pages = pages.stream().sorted(Comparator.comparing(Page::slug)).toList();
        booklets = List.copyOf(booklets);
    }

    /** A site without named booklets. */
    public Site(SiteConfig config, Registries registries, List<Fiche> fiches, List<Page> pages) {
        this(config, registries, fiches, pages, List.of());
    }
}
