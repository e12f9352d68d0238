package ca.pratiqueshlm.bench;

import java.util.List;
import java.util.stream.Collectors;

/** Writes a synthetic practice as our fiche (YAML + Markdown), as a stock JBake post and as a Hugo page. */
final class FicheFormats {
    private FicheFormats() {}

    static String fiche(SyntheticFiche f) {
        StringBuilder y = new StringBuilder("---\n");
        y.append("titre: ").append(q(f.title())).append('\n');
        y.append("resume: ").append(q(f.summary())).append('\n');
        y.append("categorie: ").append(f.category()).append('\n');
        if (!f.secondaryCategories().isEmpty()) {
            y.append("categories_secondaires: ").append(list(f.secondaryCategories())).append('\n');
        }
        y.append("lieu:\n  municipalite: ").append(q(f.municipality())).append("\n  region: \"").append(f.region())
                .append("\"\n");
        y.append("types_habitation: [").append(f.housingType()).append("]\n");
        y.append("periode:\n  debut: ").append(f.start()).append('\n');
        if (f.end() != null) {
            y.append("  fin: ").append(f.end()).append('\n');
        }
        y.append("statut:\n  valeur: ").append(f.status()).append("\n  annee: ").append(f.start())
                .append("\n  source: ").append(f.source()).append('\n');
        y.append("populations: ").append(list(f.populations())).append('\n');
        y.append("chiffres_cles:\n");
        for (SyntheticFiche.Figure figure : f.figures()) {
            y.append("  - valeur: ").append(q(figure.value())).append("\n    libelle: ").append(q(figure.label()))
                    .append("\n    source: ").append(f.source()).append("\n    repere: ").append(q(figure.locator()))
                    .append('\n');
        }
        y.append("objectifs:\n");
        f.objectives().forEach(o -> y.append("  - ").append(q(o)).append('\n'));
        y.append("activites:\n");
        f.activities().forEach(a -> y.append("  - ").append(q(a)).append('\n'));
        y.append("contexte: ").append(q(f.context())).append('\n');
        y.append("partenaires:\n");
        for (SyntheticFiche.Role role : f.partners()) {
            y.append("  - id: ").append(role.partner()).append("\n    role: ").append(q(role.role())).append('\n');
        }
        y.append("retombees:\n");
        for (SyntheticFiche.Statement s : f.outcomes()) {
            y.append("  - id: ").append(s.outcome()).append("\n    enonce: ").append(q(s.statement())).append('\n');
            if (s.indicator() != null) {
                y.append("    indicateur: ").append(q(s.indicator())).append('\n');
            }
        }
        y.append("sources:\n  - id: ").append(f.source()).append("\n    repere: ").append(q(f.locator())).append('\n');
        y.append("mise_a_jour: ").append(f.date()).append('\n');
        y.append("---\n");
        y.append(String.join("\n\n", f.paragraphs())).append('\n');
        return y.toString();
    }

    /** The same practice for stock JBake: its header format, then the text as Markdown. */
    static String jbakePost(SyntheticFiche f) {
        StringBuilder md = new StringBuilder();
        md.append("title=").append(f.title()).append('\n');
        md.append("date=").append(f.date()).append('\n');
        md.append("type=post\nstatus=published\n");
        md.append("tags=").append(f.category()).append(',').append("region-").append(f.region()).append('\n');
        md.append("~~~~~~\n\n");
        return md.append(markdown(f)).toString();
    }

    /** The same practice for Hugo: YAML front matter with three taxonomies, then the same Markdown. */
    static String hugoPage(SyntheticFiche f) {
        StringBuilder md = new StringBuilder("---\n");
        md.append("title: ").append(q(f.title())).append('\n');
        md.append("date: ").append(f.date()).append('\n');
        md.append("categories: [").append(f.category()).append("]\n");
        md.append("regions: [\"").append(f.region()).append("\"]\n");
        md.append("partenaires: ").append(list(f.partners().stream().map(SyntheticFiche.Role::partner).toList()))
                .append('\n');
        md.append("---\n\n");
        return md.append(markdown(f)).toString();
    }

    /** What both baselines render per practice: summary, place, objectives, activities, body, context. */
    private static String markdown(SyntheticFiche f) {
        StringBuilder md = new StringBuilder();
        md.append("*").append(f.summary()).append("*\n\n");
        md.append("**Lieu :** ").append(f.municipality()).append(" (région ").append(f.region()).append(")\n\n");
        md.append("## Objectifs\n\n");
        f.objectives().forEach(o -> md.append("- ").append(o).append('\n'));
        md.append("\n## Activités\n\n");
        f.activities().forEach(a -> md.append("- ").append(a).append('\n'));
        md.append("\n## Description\n\n").append(String.join("\n\n", f.paragraphs())).append("\n\n");
        md.append("## Contexte\n\n").append(f.context()).append('\n');
        return md.toString();
    }

    private static String list(List<String> ids) {
        return ids.stream().collect(Collectors.joining(", ", "[", "]"));
    }

    /** A double-quoted YAML string. */
    static String q(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
