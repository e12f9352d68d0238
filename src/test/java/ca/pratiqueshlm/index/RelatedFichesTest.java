package ca.pratiqueshlm.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.pipeline.SiteBuilder;
import ca.pratiqueshlm.testing.Fixtures;
import ca.pratiqueshlm.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelatedFichesTest {
    /** The fixture fiche, with its partner, category and region swapped as asked. */
    private static String fiche(String partner, String category, String region) {
        return Fixtures.fiche("").replace("id: omh-test", "id: " + partner)
                .replace("categorie: vivre-ensemble", "categorie: " + category)
                .replace("region: \"12\"", "region: \"" + region + "\"");
    }

    @Test
    void ranksBySharedOutcomesAndPartnersThenCategoryThenRegionThenSlug(@TempDir Path folder) {
        String model = fiche("omh-test", "vivre-ensemble", "12");
        TestSite project = TestSite.create(folder)
                // The model reports no outcome, so only partners, categories and regions count here.
                .write("fiches/a-modele.md", model.substring(0, model.indexOf("retombees:"))
                        + model.substring(model.indexOf("sources:")))
                // Same partner (3) and region (1): 4.
                .write("fiches/b-meme-partenaire.md", fiche("omh-test", "reinsertion-sociale", "12"))
                // Same category (2) and region (1): 3, ahead of d and e despite its slug.
                .write("fiches/g-meme-categorie.md", fiche("cisss-test", "vivre-ensemble", "12"))
                // Same category only: 2; ties broken by slug.
                .write("fiches/e-categorie.md", fiche("cisss-test", "vivre-ensemble", "03"))
                .write("fiches/d-categorie.md", fiche("cisss-test", "vivre-ensemble", "03"))
                // Nothing but the region: 1, below the threshold.
                .write("fiches/f-region.md", fiche("cisss-test", "concertation-partenariat", "12"));
        Site site = new SiteBuilder(project.layout()).check().get();
        SiteIndex index = SiteIndex.of(site);
        Fiche modelFiche = site.fiches().stream().filter(f -> f.slug().equals("a-modele")).findFirst().orElseThrow();

        assertEquals(List.of("b-meme-partenaire", "g-meme-categorie", "d-categorie", "e-categorie"),
                index.related(modelFiche, 10).stream().map(Fiche::slug).toList());
        assertEquals(List.of("b-meme-partenaire", "g-meme-categorie"),
                index.related(modelFiche, 2).stream().map(Fiche::slug).toList());
    }
}
