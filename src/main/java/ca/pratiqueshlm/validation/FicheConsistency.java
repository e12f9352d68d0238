package ca.pratiqueshlm.validation;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import ca.pratiqueshlm.model.Fiche;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rules across fiches: a published address leads to one fiche only. */
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
