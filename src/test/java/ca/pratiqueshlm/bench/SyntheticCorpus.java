package ca.pratiqueshlm.bench;

import ca.pratiqueshlm.model.Category;
import ca.pratiqueshlm.model.Outcome;
import ca.pratiqueshlm.model.Partner;
import ca.pratiqueshlm.model.Population;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates plausible fiches from the real registries: varied categories, regions, partners and
 * outcomes, French text assembled from phrases typical of the presentations the real fiches come from.
 * Seeded, so every run of the benchmark builds the same content.
 */
final class SyntheticCorpus {
    private static final Map<String, List<String>> TOWNS = Map.ofEntries(
            Map.entry("01", List.of("Rimouski", "Rivière-du-Loup", "Matane")),
            Map.entry("02", List.of("Saguenay", "Alma", "Roberval")),
            Map.entry("03", List.of("Québec", "Baie-Saint-Paul", "Donnacona")),
            Map.entry("04", List.of("Trois-Rivières", "Shawinigan", "La Tuque")),
            Map.entry("05", List.of("Sherbrooke", "Magog", "Coaticook")),
            Map.entry("06", List.of("Montréal")),
            Map.entry("07", List.of("Gatineau", "Maniwaki")),
            Map.entry("08", List.of("Rouyn-Noranda", "Val-d'Or", "Amos")),
            Map.entry("09", List.of("Baie-Comeau", "Sept-Îles")),
            Map.entry("10", List.of("Chibougamau", "Matagami")),
            Map.entry("11", List.of("Gaspé", "Chandler", "Cap-aux-Meules")),
            Map.entry("12", List.of("Lévis", "Montmagny", "Saint-Georges", "Lac-Etchemin", "Dosquet")),
            Map.entry("13", List.of("Laval")),
            Map.entry("14", List.of("Joliette", "Terrebonne", "Repentigny")),
            Map.entry("15", List.of("Saint-Jérôme", "Sainte-Agathe-des-Monts")),
            Map.entry("16", List.of("Longueuil", "Saint-Hyacinthe", "Granby", "Valleyfield")),
            Map.entry("17", List.of("Drummondville", "Victoriaville", "Bécancour")));
    private static final List<String> PROJECTS = List.of("Jardin collectif", "Cuisine collective",
            "Comité de locataires", "Aide aux devoirs", "Halte-garderie", "Club de marche", "Friperie solidaire",
            "Café-rencontre", "Intervention de proximité", "Atelier d'informatique", "Groupe d'achats",
            "Fête de quartier", "Bibliothèque communautaire", "Service de transport", "Table de concertation",
            "Entreprise d'insertion", "Atelier de francisation", "Comptoir alimentaire");
    private static final List<String> PLACES = List.of("des Tournesols", "du Vieux-Moulin", "de la Rive",
            "des Érables", "du Parc", "Saint-Louis", "des Pionniers", "du Boisé", "de l'Anse", "des Cèdres",
            "du Carré", "de la Gare", "des Rapides", "Belle-Rive", "des Lilas");
    private static final List<String> AIMS = List.of(
            "Briser l'isolement des locataires", "Favoriser l'entraide entre voisins",
            "Améliorer la sécurité alimentaire des ménages", "Soutenir la réussite scolaire des enfants",
            "Encourager la participation des locataires aux décisions",
            "Faciliter le retour au travail", "Améliorer la cohabitation entre générations",
            "Accueillir les familles nouvellement arrivées", "Rapprocher les locataires des ressources du quartier",
            "Valoriser les compétences des locataires");
    private static final List<String> ACTIONS = List.of(
            "Rencontres hebdomadaires dans la salle communautaire", "Ateliers animés par une intervenante",
            "Distribution de paniers de légumes", "Sorties familiales pendant l'été",
            "Formation des membres du comité", "Accompagnement vers les organismes du milieu",
            "Repas communautaires mensuels", "Entretien d'un potager au pied des immeubles",
            "Soutien individuel aux démarches", "Journal des locataires publié chaque saison");
    private static final List<String> OPENINGS = List.of(
            "Le projet est né d'une demande des locataires, qui souhaitaient se retrouver plus souvent.",
            "L'office d'habitation a lancé l'initiative après avoir constaté l'isolement de plusieurs ménages.",
            "Au départ, quelques résidents se sont réunis pour discuter des problèmes de leur milieu de vie.",
            "Une intervenante de proximité a proposé la démarche lors d'une assemblée de locataires.");
    private static final List<String> MIDDLES = List.of(
            "Les activités ont lieu dans la salle communautaire et sont ouvertes à tous les résidents.",
            "Les partenaires se partagent l'animation et le financement, chacun selon ses ressources.",
            "Les locataires participent à la planification et choisissent eux-mêmes les thèmes abordés.",
            "Un comité de suivi se réunit chaque trimestre pour faire le point et ajuster les activités.",
            "La participation a augmenté d'année en année, en particulier chez les familles.");
    private static final List<String> CLOSINGS = List.of(
            "Selon la présentation, les résidents disent se sentir plus en sécurité et mieux entourés.",
            "Plusieurs participants se sont ensuite engagés dans d'autres projets du quartier.",
            "Les partenaires souhaitent maintenant étendre l'expérience à d'autres ensembles d'habitation.",
            "Le bilan souligne l'importance d'un financement stable pour assurer la continuité.");
    private static final List<String> ROLES = List.of("Porteur du projet", "Partenaire financier",
            "Soutien à l'animation", "Prêt de locaux", "Accompagnement des locataires", "Partenaire impliqué");
    private static final List<String> HOUSING = List.of("hlm", "hlm", "hlm", "cooperative", "obnl");
    private static final List<String> STATUS = List.of("actif", "termine", "inconnu");

    private SyntheticCorpus() {}

    static List<SyntheticFiche> generate(Registries registries, int count, long seed) {
        Random random = new Random(seed);
        List<String> categories = registries.categories().stream().map(Category::id).toList();
        List<String> populations = registries.populations().stream().map(Population::id).toList();
        List<Partner> partners = registries.partners();
        List<Outcome> outcomes = registries.outcomes();
        List<String> sources = registries.sources().stream().map(Source::id).toList();
        List<String> regions = TOWNS.keySet().stream().sorted().toList();
        List<SyntheticFiche> fiches = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String region = pick(random, regions);
            String town = pick(random, TOWNS.get(region));
            String project = pick(random, PROJECTS);
            String title = project + " " + pick(random, PLACES) + " à " + town + " (" + i + ")";
            String category = pick(random, categories);
            int start = 2000 + random.nextInt(20);
            Integer end = random.nextInt(3) == 0 ? start + 1 + random.nextInt(6) : null;
            List<SyntheticFiche.Role> roles = new ArrayList<>();
            for (Partner partner : some(random, partners, 1 + random.nextInt(4))) {
                roles.add(new SyntheticFiche.Role(partner.id(), pick(random, ROLES)));
            }
            List<SyntheticFiche.Statement> statements = new ArrayList<>();
            for (Outcome outcome : some(random, outcomes, 1 + random.nextInt(3))) {
                statements.add(new SyntheticFiche.Statement(outcome.id(), outcome.label(),
                        random.nextBoolean() ? (5 + random.nextInt(90)) + " participants" : null));
            }
            int slide = 3 + random.nextInt(40);
            List<SyntheticFiche.Figure> figures = List.of(
                    new SyntheticFiche.Figure(Integer.toString(10 + random.nextInt(400)), "locataires rejoints",
                            "diapositive " + slide),
                    new SyntheticFiche.Figure((5 + random.nextInt(60)) + " %", "de participation aux activités",
                            "diapositive " + (slide + 1)));
            List<String> paragraphs = List.of(
                    "À " + town + ", le projet « " + project + " » réunit des locataires " + (end == null ? "depuis " + start : "de " + start
                            + " à " + end) + ". " + pick(random, OPENINGS),
                    pick(random, MIDDLES) + " " + pick(random, MIDDLES),
                    pick(random, CLOSINGS).replaceFirst("\\.$", "") + " (diapositive " + slide + ").");
            fiches.add(new SyntheticFiche(
                    "fiche-" + String.format("%04d", i) + "-" + ca.pratiqueshlm.validation.Slugs.slugify(project),
                    title,
                    project + " qui aide les locataires de " + town + " à " + pick(random, AIMS).toLowerCase(java.util.Locale.ROOT) + ".",
                    category,
                    random.nextInt(3) == 0 ? List.of(pick(random, categories.stream().filter(c -> !c.equals(category)).toList())) : List.of(),
                    town, region, pick(random, HOUSING), start, end, pick(random, STATUS),
                    some(random, populations, 1 + random.nextInt(3)),
                    roles, statements, figures,
                    some(random, AIMS, 2 + random.nextInt(2)),
                    some(random, ACTIONS, 2 + random.nextInt(3)),
                    pick(random, OPENINGS) + " " + pick(random, MIDDLES),
                    pick(random, sources),
                    "diapositives " + slide + "-" + (slide + 2),
                    "2026-11-" + String.format("%02d", 1 + random.nextInt(25)),
                    paragraphs));
        }
        return fiches;
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** {@code count} distinct items (fewer if the list is shorter), in the order drawn. */
    private static <T> List<T> some(Random random, List<T> items, int count) {
        Set<T> chosen = new LinkedHashSet<>();
        int wanted = Math.min(count, items.size());
        while (chosen.size() < wanted) {
            chosen.add(pick(random, items));
        }
        return List.copyOf(chosen);
    }
}
