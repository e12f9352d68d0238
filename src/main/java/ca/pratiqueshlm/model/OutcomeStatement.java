package ca.pratiqueshlm.model;

/** An outcome as a source states it, linked to the shared outcome registry. */
public record OutcomeStatement(
        @Field(value = "id", required = true, ref = Registry.OUTCOME,
                doc = "Identifiant de la retombée (content/data/retombees.yaml)", example = "sentiment-securite")
        String id,
        @Field(value = "enonce", required = true,
                doc = "La retombée telle que la source la formule", example = "Augmentation du sentiment de sécurité")
        String statement,
        @Field(value = "indicateur", constraint = Constraint.ONE_LINE,
                doc = "Valeur d'un indicateur, si la source en donne une", example = "+140 associations")
        String indicator,
        @Field(value = "source", ref = Registry.SOURCE,
                doc = "Source de l'énoncé, si ce n'est pas la première source de la fiche", example = "erhlm-2014")
        String source,
        @Field(value = "repere", constraint = Constraint.ONE_LINE,
                doc = "Où trouver l'énoncé dans la source", example = "diapositive 12")
        String locator) {}
