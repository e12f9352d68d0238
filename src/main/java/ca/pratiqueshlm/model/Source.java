package ca.pratiqueshlm.model;

import java.time.LocalDate;

/** A document that fiches cite. */
public record Source(
        @Field(value = "id", required = true, constraint = Constraint.ID, doc = "Identifiant") String id,
        @Field(value = "auteurs", required = true, doc = "Auteurs") String authors,
        @Field(value = "court", constraint = Constraint.ONE_LINE,
                doc = "Forme courte des auteurs pour les renvois, par exemple « Bergeron et al. »") String shortAuthors,
        @Field(value = "titre", required = true, doc = "Titre") String title,
        @Field(value = "collection", doc = "Collection ou numéro") String collection,
        @Field(value = "editeur", doc = "Éditeur ou organisme") String publisher,
        @Field(value = "type", required = true, doc = "Type de document") String type,
        @Field(value = "annee", required = true, constraint = Constraint.YEAR, doc = "Année") Integer year,
        @Field(value = "date", doc = "Date précise, si connue") LocalDate date,
        @Field(value = "url", constraint = Constraint.URL, doc = "Adresse publique") String url,
        @Field(value = "reperes", doc = "Ce que désignent les repères des fiches (diapositives, sections)") String locators) {

    /** The authors as a short reference names them: "LeBlanc et Vachon", "Bergeron et al.". */
    public String shortAuthorsOrAll() {
        return shortAuthors != null ? shortAuthors : authors.replaceAll("\\s*\\(.*?\\)", "");
    }

    /** A full citation in the usual French style. */
    public String citation() {
        StringBuilder text = new StringBuilder(authors).append(" (").append(year).append("). ")
                .append(title).append('.');
        if (collection != null) {
            text.append(' ').append(collection).append('.');
        }
        if (publisher != null) {
            text.append(' ').append(publisher).append('.');
        }
        return text.toString();
    }
}
