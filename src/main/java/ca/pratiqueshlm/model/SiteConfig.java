package ca.pratiqueshlm.model;

/** Site-wide settings from {@code content/site.yaml}. */
public record SiteConfig(
        @Field(value = "titre", required = true, constraint = Constraint.ONE_LINE, doc = "Nom du site") String title,
        @Field(value = "sous_titre", required = true, constraint = Constraint.ONE_LINE, doc = "Sous-titre") String tagline,
        @Field(value = "description", required = true, doc = "Présentation en quelques phrases") String description,
        @Field(value = "url_de_base", required = true, constraint = Constraint.URL,
                doc = "Adresse publique du site, terminée par /") String baseUrl,
        @Field(value = "depot", required = true, constraint = Constraint.ONE_LINE,
                doc = "Dépôt GitHub (propriétaire/nom) où proposer des fiches") String repository,
        @Field(value = "branche", required = true, constraint = Constraint.ONE_LINE,
                doc = "Branche où proposer des fiches") String branch,
        @Field(value = "editeur", required = true, constraint = Constraint.ONE_LINE,
                doc = "Qui publie le site") String publisher) {

    public SiteConfig {
        if (baseUrl != null && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
    }
}
