package ca.pratiqueshlm.model;

import java.math.BigDecimal;

/** An amount of money tied to a practice. */
public record Funding(
        @Field(value = "montant", required = true, constraint = Constraint.AMOUNT,
                doc = "Montant en dollars, sans espace ni symbole", example = "4500")
        BigDecimal amount,
        @Field(value = "nature", required = true,
                doc = "soutien (montant accordé), cout-total ou autre", example = "soutien")
        FundingNature nature,
        @Field(value = "bailleur", ref = Registry.PARTNER,
                doc = "Identifiant du partenaire qui verse le montant, s'il y a lieu", example = "entente-chaudiere-appalaches")
        String funder,
        @Field(value = "libelle", constraint = Constraint.ONE_LINE,
                doc = "Description du montant", example = "Soutien de l'Entente")
        String label,
        @Field(value = "source", required = true, ref = Registry.SOURCE,
                doc = "Identifiant de la source du montant", example = "bernier-2016")
        String source,
        @Field(value = "repere", required = true, constraint = Constraint.ONE_LINE,
                doc = "Où trouver le montant dans la source", example = "tableau des projets locaux")
        String locator) {}
