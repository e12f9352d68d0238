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
                doc = "Qui publie le site") String publisher,
        @Field(value = "contact", constraint = Constraint.ONE_LINE,
                doc = "Courriel de l'équipe de rédaction : le formulaire y envoie les propositions") String contact,
        @Field(value = "licence_textes", constraint = Constraint.ONE_LINE,
                doc = "Licence des textes des fiches (défaut : CC BY 4.0)") String textLicence,
        @Field(value = "licence_donnees", constraint = Constraint.ONE_LINE,
                doc = "Licence des données ouvertes (défaut : CC BY 4.0)") String dataLicence) implements SelfChecked {

    public static final String DEFAULT_LICENCE = "CC BY 4.0";

    public SiteConfig {
        textLicence = textLicence == null ? DEFAULT_LICENCE : textLicence;
        dataLicence = dataLicence == null ? DEFAULT_LICENCE : dataLicence;
        if (baseUrl != null && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
    }

    /** Both go into GitHub addresses of every fiche ("Proposer une correction"). */
    @Override
    public java.util.List<FieldProblem> check() {
        java.util.List<FieldProblem> problems = new java.util.ArrayList<>();
        if (repository != null && (!repository.matches("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+") || repository.contains(".."))) {
            problems.add(new FieldProblem("depot", "dépôt « " + repository + " » invalide",
                    "écrivez propriétaire/nom du dépôt GitHub, par exemple pratiques-hlm/fiches"));
        }
        if (branch != null && (!branch.matches("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*") || branch.contains(".."))) {
            problems.add(new FieldProblem("branche", "branche « " + branch + " » invalide",
                    "écrivez le nom de la branche, par exemple main"));
        }
        if (contact != null && !contact.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new FieldProblem("contact", "courriel « " + contact + " » invalide",
                    "écrivez l'adresse courriel de l'équipe de rédaction, par exemple redaction@exemple.org"));
        }
        return problems;
    }
}
