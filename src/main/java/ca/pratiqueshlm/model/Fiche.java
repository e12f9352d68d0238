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
                doc = "Types d'habitation : hlm, cooperative, obnl, ou inconnu (seul) si la source ne le dit pas")
        List<HousingType> housingTypes,
        @Field(value = "periode", required = true, doc = "Années de début et de fin")
        Period period,
        @Field(value = "statut", required = true,
                doc = "Statut daté : valeur (actif, termine ou inconnu), année et source du document qui l'établit")
        DatedStatus status,
        @Field(value = "suppose",
                doc = "Valeurs que la source ne donne pas et que l'équipe a dû estimer ; elles sont affichées « estimé »")
        List<Assumption> assumptions,
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
        @Field(value = "mise_a_jour", required = true,
                doc = "Date de la dernière vérification de la fiche contre ses sources (AAAA-MM-JJ)",
                example = "2026-11-25")
        LocalDate updated,
        @Field(value = "verifie_par", constraint = Constraint.ONE_LINE,
                doc = "Qui a fait cette vérification (facultatif)", example = "Équipe éditoriale")
        String checkedBy,
        String body) implements SelfChecked {

    @Override
    public List<FieldProblem> check() {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (status.source() != null && sources.stream().noneMatch(s -> s.id().equals(status.source()))) {
            problems.add(new FieldProblem("statut.source", "la source du statut « " + status.source()
                    + " » n'est pas une des sources de la fiche",
                    "choisissez parmi : " + String.join(", ", sources.stream().map(SourceRef::id).distinct().toList())
                            + ", ou ajoutez-la à « sources »"));
        }
        if (housingTypes.contains(HousingType.UNKNOWN) && housingTypes.size() > 1) {
            problems.add(new FieldProblem("types_habitation", "« inconnu » ne se combine pas avec d'autres types d'habitation",
                    "écrivez [inconnu] seul, ou gardez les types et ajoutez « types_habitation » à « suppose » s'ils sont estimés"));
        }
        for (Assumption assumption : assumptions) {
            if (!hasValue(assumption)) {
                problems.add(new FieldProblem("suppose", "« " + assumption.code()
                        + " » est marqué estimé, mais la fiche ne lui donne pas de valeur",
                        "retirez-le de « suppose », ou donnez la valeur estimée"));
            }
        }
        return problems;
    }

    /** Whether a value shown by the fiche was estimated by the editors rather than read in a source. */
    public boolean isEstimated(Assumption assumption) {
        return assumptions.contains(assumption);
    }

    private boolean hasValue(Assumption assumption) {
        return switch (assumption) {
            case HOUSING_TYPES -> !housingTypes.contains(HousingType.UNKNOWN);
            case START -> period.start() != null;
            case END -> period.end() != null;
            case MUNICIPALITY -> Place.isGiven(place.municipality());
            case MRC -> Place.isGiven(place.mrc());
            case REGION -> true;
        };
    }

    /** What a required list says when its source does not tell (objectives, activities): never invent. */
    public static final String NOT_STATED = "non précisé par la source";

    /** Every category of the fiche, the primary one first. */
    public List<String> allCategories() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(category), secondaryCategories.stream())
                .distinct().toList();
    }
}
