package ca.pratiqueshlm.model;

/** A partner's part in one practice. */
public record PartnerRole(
        @Field(value = "id", required = true, ref = Registry.PARTNER,
                doc = "Identifiant du partenaire (content/data/partenaires.yaml)", example = "omhq")
        String id,
        @Field(value = "role", constraint = Constraint.ONE_LINE,
                doc = "Son rôle dans la pratique", example = "Porteur du projet")
        String role) {}
