package ca.pratiqueshlm.model;

import java.util.List;

/** An organisation, one entry everywhere on the site. */
public record Partner(
        @Field(value = "id", required = true, constraint = Constraint.ID, doc = "Identifiant") String id,
        @Field(value = "nom", required = true, constraint = Constraint.ONE_LINE, doc = "Nom complet") String name,
        @Field(value = "sigle", constraint = Constraint.ONE_LINE, doc = "Sigle ou acronyme") String acronym,
        @Field(value = "secteur", required = true, doc = "Secteur") Sector sector,
        @Field(value = "alias", doc = "Autres noms, sigles et graphies") List<String> aliases) {

    /** "Société d'habitation du Québec (SHQ)". */
    public String displayName() {
        return acronym == null || acronym.isBlank() ? name : name + " (" + acronym + ")";
    }
}
