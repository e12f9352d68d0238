package ca.pratiqueshlm.model;

import java.util.List;

/**
 * A booklet an editorial team prepared for a forum, declared in {@code content/data/livrets.yaml}: the
 * site publishes it with the category and region booklets, its fiches in the order written.
 */
public record NamedBooklet(
        @Field(value = "id", required = true, constraint = Constraint.ID,
                doc = "Identifiant : le nom du PDF (pdf/livrets/<id>.pdf)", example = "forum-jeunes") String id,
        @Field(value = "titre", required = true, constraint = Constraint.ONE_LINE, maxLength = 120,
                doc = "Titre de la couverture") String title,
        @Field(value = "description", maxLength = 600, doc = "Ce que le livret rassemble, en une ou deux phrases")
        String description,
        @Field(value = "fiches", required = true, ref = Registry.FICHE,
                doc = "Les fiches du livret, dans l'ordre : nom du fichier sans .md") List<String> fiches) {

    public NamedBooklet {
        description = description == null ? "" : description.strip();
        fiches = List.copyOf(fiches);
    }
}
