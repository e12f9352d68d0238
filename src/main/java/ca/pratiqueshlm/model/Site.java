package ca.pratiqueshlm.model;

import java.util.Comparator;
import java.util.List;

/** Everything the content holds, validated: the input of indexing and rendering. */
public record Site(SiteConfig config, Registries registries, List<Fiche> fiches, List<Page> pages) {
    public Site {
        fiches = fiches.stream().sorted(Comparator.comparing(Fiche::slug)).toList();
        pages = pages.stream().sorted(Comparator.comparing(Page::slug)).toList();
    }
}
