package ca.pratiqueshlm.index.search;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Queries a reader could type, written from the real fiches, each with the fiche that must come in the
 * top three; and pairs of queries that must rank alike. Used by the Java relevance test (any machine)
 * and by the browser test that checks the page's engine ranks them the same way.
 */
final class RelevanceQueries {
    private RelevanceQueries() {}

    /** query | expected slug. */
    static final List<String> TOP_THREE = List.of(
            "jardin | jardin-collectif-dosquet",
            "jardins | jardin-collectif-montmagny",
            "reinsertion | multiboulot",
            "police | place-de-la-rive",
            "policiers | place-de-la-rive",
            "aînés transport | transport-collectif-aines-etchemins",
            "couponage | groupes-couponnage-levis",
            "SHQ | colloques-regionaux-2007-2008",
            "OMHM | consultation-locataires-omhm",
            "Maissonnette | maisonnette-berthelet",
            "Trois-Rivieres | multiboulot",
            "Trois-Rivieres | agir-ensemble",
            "l'office de Montmagny | jardin-collectif-montmagny",
            "l'office longueuil | forum-si-on-faisait-connaissance",
            "consultation des locataires | consultation-locataires-omhm",
            "participer conférences | conferences-deuil-prejuges-participation",
            "participation citoyenne | conferences-deuil-prejuges-participation",
            "tonte de gazon | multiboulot",
            "deuil | conferences-deuil-prejuges-participation",
            "Petite Bourgogne | coalition-petite-bourgogne",
            "travailleuse de proximité | travail-de-proximite-chaudiere-appalaches",
            "Club Parentaide | liaison-club-parentaide",
            "Thetford Mines école | carre-famille-st-maurice",
            "entente 2008 | entente-soutien-communautaire-2008-2012",
            "réseau régional de locataires | projet-clic",
            "équipes locales élargies | equipes-locales-elargies",
            "voisins entraide Lévis | entre-voisins-pourquoi-pas-des-liens",
            "Triangle Berthelet | maisonnette-berthelet",
            "colloques | colloques-regionaux-2007-2008",
            "SPVQ | place-de-la-rive",
            "coopérative de solidarité jeunes | agir-ensemble",
            "Etchemins parents | familles-en-action-etchemins",
            "jardin intergénérationnel | jardin-collectif-dosquet",
            "forum 2011 | forum-si-on-faisait-connaissance",
            "Multi-Boulot | multiboulot",
            "comité consultatif des résidents | consultation-locataires-omhm",
            "couponnage à Lévis | groupes-couponnage-levis",
            "sentiment de sécurité | place-de-la-rive",
            "maison des jeunes | familles-en-action-etchemins",
            "Saint-Joseph | liaison-club-parentaide",
            "décrochage scolaire | agir-ensemble",
            "femmes monoparentales | groupes-couponnage-levis",
            "hiver | transport-collectif-aines-etchemins",
            "drogue | coalition-petite-bourgogne",
            // Synonyms: no fiche says « personnes âgées » or « nouveaux arrivants ».
            "personnes âgées | transport-collectif-aines-etchemins",
            "transport des personnes âgées | transport-collectif-aines-etchemins",
            "nouveaux arrivants | place-de-la-rive",
            "habitations à loyer modique Montréal | consultation-locataires-omhm",
            "Office municipal d'habitation de Montréal | consultation-locataires-omhm",
            "région 12 proximité | travail-de-proximite-chaudiere-appalaches",
            // Typos, one and two edits away, in words the index does not have.
            "Maisonette | maisonnette-berthelet",
            "réinsersion | multiboulot",
            "Maissonette | maisonnette-berthelet",
            "couponnnage | groupes-couponnage-levis",
            "intergénérationel | jardin-collectif-dosquet",
            // Partial matches: no fiche has every word.
            "jardin hiver | jardin-collectif-dosquet",
            "tonte de gazon Gaspésie | multiboulot");

    /** Pairs of queries that must give the same ranking. */
    static final List<String> SAME_RANKING = List.of("locataire | locataires", "participer | participation",
            "jardin | jardins", "police | policiers", "reinsertion | Réinsertion", "Trois-Rivieres | trois-rivières",
            "l'office | office", "aînés | AINES");

    static Stream<Arguments> topThree() {
        return split(TOP_THREE);
    }

    static Stream<Arguments> sameRanking() {
        return split(SAME_RANKING);
    }

    /** Every query of both lists, for the parity of the two engines. */
    static Stream<String> all() {
        return Stream.concat(TOP_THREE.stream(), SAME_RANKING.stream())
                .flatMap(line -> Stream.of(line.split("\\|"))).map(String::strip).distinct();
    }

    private static Stream<Arguments> split(List<String> lines) {
        return lines.stream().map(line -> line.split("\\|")).map(p -> Arguments.of(p[0].strip(), p[1].strip()));
    }
}
