package ca.pratiqueshlm.validation;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Place;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rules across fiches: a published address leads to one fiche only, and a title names one fiche only. */
final class FicheConsistency {
    private FicheConsistency() {}

    /** A former name must be free: not another fiche's current name, nor claimed twice. */
    static void checkFormerNames(ProjectLayout layout, List<Fiche> fiches, List<Diagnostic> sink) {
        Map<String, Fiche> current = new HashMap<>();
        fiches.forEach(f -> current.put(f.slug(), f));
        Map<String, Fiche> claimed = new HashMap<>();
        for (Fiche fiche : fiches.stream().sorted(java.util.Comparator.comparing(Fiche::sourcePath)).toList()) {
            for (String former : fiche.formerSlugs()) {
                Fiche owner = current.get(former);
                Fiche other = claimed.putIfAbsent(former, fiche);
                String problem = owner != null ? "est le nom actuel de " + owner.sourcePath()
                        : other != null && other != fiche ? "est déjà déclaré par " + other.sourcePath() : null;
                if (problem != null) {
                    sink.add(new Diagnostic(fiche.sourcePath(), linePosition(layout, fiche, "anciens_noms:"),
                            "ancien nom « " + former + " » impossible : il " + problem,
                            Optional.of("une adresse ne peut mener qu'à une seule fiche ; retirez ce nom de « anciens_noms »")));
                }
            }
        }
    }

    /**
     * Two fiches with the same title (case, accents and punctuation aside) cannot be told apart in lists,
     * search results and printed booklets: the later file, by path, is refused and names the earlier one.
     */
    static void checkTitles(ProjectLayout layout, List<Fiche> fiches, List<Diagnostic> sink) {
        Map<String, Fiche> seen = new HashMap<>();
        for (Fiche fiche : fiches.stream().sorted(java.util.Comparator.comparing(Fiche::sourcePath)).toList()) {
            Fiche first = seen.putIfAbsent(ReferenceHints.key(fiche.title()), fiche);
            if (first != null) {
                sink.add(new Diagnostic(fiche.sourcePath(), linePosition(layout, fiche, "titre:"),
                        "titre « " + fiche.title() + " » déjà pris par " + first.sourcePath(),
                        Optional.of("les lecteurs et la recherche ne distingueraient pas les deux fiches ; précisez ce qui"
                                + " les distingue, par exemple le lieu : « " + fiche.title() + " ("
                                + (fiche.place().municipality() != null && Place.isGiven(fiche.place().municipality())
                                        ? fiche.place().municipality() : "lieu") + ") », ou, s'il s'agit de la même"
                                + " pratique, réunissez les deux fiches en une")));
            }
        }
    }

    private static Position linePosition(ProjectLayout layout, Fiche fiche, String key) {
        try {
            List<String> lines = Files.readAllLines(layout.root().resolve(fiche.sourcePath()));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).replace("\uFEFF", "").startsWith(key)) {
                    return new Position(i + 1, key.length() + 2);
                }
            }
        } catch (IOException e) {
            // the file was read a moment ago; at worst the message points at its start
        }
        return Position.START;
    }
}
