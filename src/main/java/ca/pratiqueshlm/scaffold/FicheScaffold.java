package ca.pratiqueshlm.scaffold;

import ca.pratiqueshlm.validation.Placeholders;
import java.time.LocalDate;

/**
 * The text of a new fiche: every field with a French comment saying what to write, the required ones
 * set to « À COMPLÉTER » (so {@code fiches check} names each field still to fill) and the optional ones
 * commented out, ready to be uncommented.
 */
public record FicheScaffold(String title, String category, String region, LocalDate today) {
    public String text() {
        String todo = Placeholders.MARKER;
        return """
                ---
                # yaml-language-server: $schema=../../schema/fiche.schema.json
                # Fiche créée par « fiches new ». Remplacez chaque « %1$s » ; « fiches check » signale
                # ceux qui restent. Les champs facultatifs sont en commentaire : retirez le « # » pour
                # les utiliser. Chaque champ est décrit dans CONTRIBUTING.md.
                titre: %2$s
                # Obligatoire : une phrase qui dit ce que fait la pratique et pour qui.
                resume: %1$s
                # Facultatif : autres noms ou graphies de la pratique, pour la recherche.
                # alias: [Autre nom de la pratique]
                # Obligatoire : catégorie principale (content/data/categories.yaml).
                categorie: %3$s
                # Facultatif : autres catégories (vivre-ensemble, participation-locataires,
                # reinsertion-sociale, concertation-partenariat).
                # categories_secondaires: [concertation-partenariat]
                lieu:
                  # Municipalité ; supprimez la ligne pour une pratique régionale, écrivez
                  # « inconnu » si la source ne la précise pas (jamais de valeur devinée).
                  municipalite: %1$s
                  # Facultatif : municipalité régionale de comté.
                  # mrc: Les Etchemins
                  # Obligatoire : code de la région (content/data/regions.yaml), entre guillemets.
                  region: "%4$s"
                  # Facultatif : ensemble d'habitation.
                  # ensemble: Place de la Rive
                # Obligatoire : un ou plusieurs de hlm, cooperative, obnl, ou [inconnu] si la
                # source ne le dit pas.
                types_habitation: [%1$s]
                periode:
                  # Obligatoire : année de début (par exemple 2012), ou « inconnu ».
                  debut: %1$s
                  # Facultatif : année de fin ; absente ou « inconnu » si la source ne la donne pas.
                  # fin: 2016
                # Facultatif : valeurs que la source ne donne pas et que vous avez dû estimer ;
                # elles seront affichées « estimé ». Par exemple :
                # suppose: [periode.debut, lieu.mrc]
                # Obligatoire : le statut tel qu'une source le dit, à sa date. valeur : actif,
                # termine ou inconnu ; annee et source : l'année et l'identifiant du document qui
                # le dit, l'une des sources de la fiche (retirez-les pour « inconnu »).
                statut:
                  valeur: %1$s
                  annee: %1$s
                  source: %1$s
                # Obligatoire : populations visées, ids de content/data/populations.yaml.
                populations: [%1$s]
                # Facultatif : programme qui regroupe cette fiche avec d'autres (content/data/programmes.yaml).
                # programme: ele-projets-locaux
                # Facultatif : chiffres clés, chacun avec sa source (content/data/sources.yaml) et son repère.
                # chiffres_cles:
                #   - valeur: "130"
                #     libelle: personnes ont participé
                #     source: leblanc-vachon-2014
                #     repere: diapositive 22
                # Obligatoire : objectifs principaux, un par ligne ; si la source ne les donne pas,
                # écrivez sur une ligne « objectifs: non précisé par la source ».
                objectifs:
                  - %1$s
                # Obligatoire : activités réalisées, une par ligne (ou « activites: non précisé par la source »).
                activites:
                  - %1$s
                # Facultatif : contexte et particularités, en texte suivi.
                # contexte: >-
                #   Texte du contexte...
                # Facultatif : partenaires (content/data/partenaires.yaml) et leur rôle.
                # partenaires:
                #   - id: omhq
                #     role: Porteur du projet
                # Facultatif : retombées (content/data/retombees.yaml), telles que la source les formule.
                # retombees:
                #   - id: sentiment-securite
                #     enonce: Augmentation du sentiment de sécurité
                #     indicateur: "-30 %% de plaintes"
                #     repere: diapositive 12
                # Facultatif : montants en dollars ; nature : soutien, cout-total ou autre.
                # financement:
                #   - montant: 4500
                #     nature: soutien
                #     libelle: Soutien accordé
                #     source: bernier-2016
                #     repere: tableau des projets locaux
                # Facultatif : ce qui a aidé, et ce qui a nui, selon les sources.
                # facteurs_facilitants:
                #   - Un comité de locataires déjà actif
                # obstacles:
                #   - Le roulement du personnel
                # Facultatif : initiatives semblables que les sources nomment.
                # initiatives_similaires:
                #   - nom: Nom de l'initiative
                #     lieu: Municipalité
                # Obligatoire : au moins une source (content/data/sources.yaml) et son repère.
                sources:
                  - id: %1$s
                    repere: %1$s
                # Obligatoire : date de la dernière vérification de la fiche contre ses sources
                # (AAAA-MM-JJ) ; changez-la chaque fois que vous relisez la fiche avec ses sources.
                mise_a_jour: %5$s
                # Facultatif : qui a fait cette vérification.
                # verifie_par: Équipe éditoriale
                ---
                %1$s : décrivez ici la pratique, dans vos mots, en un ou plusieurs paragraphes.
                Les courtes citations sont permises si elles sont attribuées : « ... » (LeBlanc et
                Vachon, 2014, diapositive 12).
                """.formatted(todo, yamlText(title), category, region, today);
    }

    /** The title as a YAML scalar: quoted when YAML would read it as something else. */
    static String yamlText(String text) {
        boolean plain = text.matches("[\\p{L}\\p{N}][^:#\"'\\[\\]{},&*!|>%@`]*")
                && !text.endsWith(" ") && !text.matches("(?i)(true|false|yes|no|on|off|null|~|[-+]?[0-9.]+)");
        if (plain) {
            return text;
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
