package ca.pratiqueshlm.pipeline;

import ca.pratiqueshlm.index.RelatedFiches;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Site;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one fiche a save changed, when its page can be made from the previous build's index: its page
 * then reads exactly as after the whole rebuild, and the preview writes it first.
 *
 * <p>A fiche's page uses the index only for its related fiches (and the menu's category counts, made
 * from the same categories). Those stay the same when the other fiches are the same objects (the
 * preview's loader keeps a fiche whose file did not change) and the edited fiche keeps its slug,
 * categories, outcomes, partners and region. Settings, registries, reference pages and booklets must
 * be unchanged too. Anything else (a new or removed fiche, two fiches saved at once) goes the usual way.
 */
final class EditedFiche {
    private EditedFiche() {}

    static Optional<Fiche> between(Site before, Site after) {
        if (!Objects.equals(before.registries(), after.registries()) || !Objects.equals(before.config(), after.config())
                || !before.pages().equals(after.pages()) || !before.booklets().equals(after.booklets())) {
            return Optional.empty();
        }
        List<Fiche> old = before.fiches();
        List<Fiche> now = after.fiches();
        if (old.size() != now.size()) {
            return Optional.empty();
        }
        int edited = -1;
        for (int i = 0; i < now.size(); i++) {
            if (old.get(i) != now.get(i)) {
                if (edited >= 0) {
                    return Optional.empty();
                }
                edited = i;
            }
        }
        if (edited < 0 || !RelatedFiches.relateAlike(old.get(edited), now.get(edited))) {
            return Optional.empty();
        }
        return Optional.of(now.get(edited));
    }
}
