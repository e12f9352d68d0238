package ca.pratiqueshlm.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A case study of one practice: its front matter, bound and checked, and its Markdown body.
 * Components without {@link Field} come from the file itself, not from the YAML.
 */
public record Fiche(
        String slug,
        String sourcePath,
        @Field(value = "titre", required = true, constraint = Constraint.ONE_LINE, maxLength = 120,
                doc = "Titre de la pratique", example = "Intervention de proximité à la Place de la Rive")
        String title,
        @Field(value = "resume", required = true, constraint = Constraint.ONE_LINE, maxLength = 400,
                doc = "Une phrase qui dit ce que fait la pratique et pour qui")
        String summary,
        @Field(value = "alias", doc = "Autres noms ou graphies de la pratique, pour la recherche")
        List<String> aliases,
        @Field(value = "categorie", required = true, ref = Registry.CATEGORY,
                doc = "Catégorie principale (content/data/categories.yaml)", example = "vivre-ensemble")
        String category,
        @Field(value = "categories_secondaires", ref = Registry.CATEGORY,
                doc = "Autres catégories, s'il y a lieu")
        List<String> secondaryCategories,
        @Field(value = "lieu", required = true, doc = "Où la pratique a lieu")
        Place place,
        @Field(value = "types_habitation", required = true,
                doc = "Types d'habitation : hlm, cooperative, obnl")
        List<HousingType> housingTypes,
        @Field(value = "periode", required = true, doc = "Années de début et de fin")
        Period period,
        @Field(value = "statut", required = true, doc = "actif, termine ou inconnu", example = "actif")
        Status status,
        @Field(value = "populations", required = true, ref = Registry.POPULATION,
                doc = "Populations visées (content/data/populations.yaml)")
        List<String> populations,
        @Field(value = "programme", ref = Registry.PROGRAMME,
                doc = "Programme qui regroupe cette fiche avec d'autres (content/data/programmes.yaml)")
        String programme,
        @Field(value = "chiffres_cles", doc = "Chiffres clés, chacun avec sa source et son repère")
        List<KeyFigure> keyFigures,
        @Field(value = "objectifs", required = true, doc = "Objectifs principaux")
        List<String> objectives,
        @Field(value = "activites", required = true, doc = "Activités réalisées")
        List<String> activities,
        @Field(value = "contexte", doc = "Contexte et particularités")
        String context,
        @Field(value = "partenaires", doc = "Partenaires et leur rôle")
        List<PartnerRole> partners,
        @Field(value = "retombees", doc = "Retombées observées, telles que la source les formule")
        List<OutcomeStatement> outcomes,
        @Field(value = "financement", doc = "Montants (soutien accordé, coût total)")
        List<Funding> funding,
        @Field(value = "facteurs_facilitants", doc = "Ce qui a aidé, selon les sources")
        List<String> facilitatingFactors,
        @Field(value = "obstacles", doc = "Ce qui a nui ou freiné, selon les sources")
        List<String> obstacles,
        @Field(value = "initiatives_similaires", doc = "Initiatives semblables que les sources nomment")
        List<SimilarInitiative> similarInitiatives,
        @Field(value = "sources", required = true, doc = "Sources de la fiche, avec leurs repères")
        List<SourceRef> sources,
        @Field(value = "anciens_noms", constraint = Constraint.ID,
                doc = "Anciens noms de fichier de la fiche (sans .md), après un renommage : leurs adresses publiées mènent à la fiche")
        List<String> formerSlugs,
        @Field(value = "mise_a_jour", required = true, doc = "Date de la dernière mise à jour (AAAA-MM-JJ)",
                example = "2026-11-25")
        LocalDate updated,
        String body) {

    /** What a required list says when its source does not tell (objectives, activities): never invent. */
    public static final String NOT_STATED = "non précisé par la source";

    /** Every category of the fiche, the primary one first. */
    public List<String> allCategories() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(category), secondaryCategories.stream())
                .distinct().toList();
    }
}
