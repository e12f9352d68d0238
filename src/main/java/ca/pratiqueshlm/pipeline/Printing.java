package ca.pratiqueshlm.pipeline;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.render.TemplateEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a build makes its PDFs: where unchanged ones are kept between builds, the order in which the
 * fiches are laid out, and the engine their HTML is rendered with.
 *
 * @param cacheFolder where unchanged PDFs are kept between builds; null for none
 */
record Printing(Path cacheFolder, List<Fiche> order, TemplateEngine templates) {
    /**
     * @param templates renders the PDFs' templates, on every build, as their HTML keys the PDF cache: the
     *                  build gives one that keeps each rendering like a page's, so only those whose model
     *                  changed are rendered again
     * @param cached    whether unchanged PDFs are read back from the cache ({@code --sans-cache}: every PDF
     *                  is laid out, and none is filed)
     */
    static Printing of(ProjectLayout layout, boolean cached, List<Fiche> fiches, TemplateEngine templates) {
        return new Printing(cached ? layout.root().resolve(SiteBuilder.PDF_CACHE) : null,
                lastEditedFirst(fiches, layout.root()), templates);
    }

    /**
     * The fiches, the most recently saved first: after an edit, the PDFs to lay out again are that
     * fiche's, and they start at once instead of after every other fiche's cache look-up.
     */
    private static List<Fiche> lastEditedFirst(List<Fiche> fiches, Path root) {
        Map<Fiche, FileTime> saved = new IdentityHashMap<>();
        fiches.forEach(fiche -> saved.put(fiche, modified(root.resolve(fiche.sourcePath()))));
        return fiches.stream().sorted(Comparator.comparing(saved::get, Comparator.reverseOrder())).toList();
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
