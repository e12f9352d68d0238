package ca.pratiqueshlm.model;

/** A figure worth showing, with where it comes from. */
public record KeyFigure(
        @Field(value = "valeur", required = true, constraint = Constraint.ONE_LINE,
                doc = "La valeur telle qu'affichée", example = "491")
        String value,
        @Field(value = "libelle", required = true, constraint = Constraint.ONE_LINE,
                doc = "Ce que la valeur compte ou mesure", example = "résidents")
        String label,
        @Field(value = "source", required = true, ref = Registry.SOURCE,
                doc = "Identifiant de la source (content/data/sources.yaml)", example = "leblanc-vachon-2014")
        String source,
        @Field(value = "repere", required = true, constraint = Constraint.ONE_LINE,
                doc = "Où trouver le chiffre dans la source : diapositive, section, tableau", example = "diapositive 11")
        String locator,
        @Field(value = "en_bref", doc = "true pour montrer ce chiffre dans « En bref » en haut de la fiche (3 au plus ; "
                + "sans aucun true, les 3 premiers)", example = "true")
        Boolean brief) {}
