package ca.pratiqueshlm.index;

import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.FicheLabels;
import ca.pratiqueshlm.model.Place;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Groups of fiches that several pages show: by region, by locality within a region, by start year. */
public final class Groupings {
    /** Where a fiche without municipality nor MRC goes on its region page. */
    public static final String WHOLE_REGION = "Ensemble de la région";

    private Groupings() {}

    /** Municipality, else the MRC, else the whole region: how a reader names where a practice is. */
    public static String locality(Fiche fiche) {
        if (Place.isGiven(fiche.place().municipality())) {
            return FicheLabels.municipality(fiche);
        }
        if (Place.isGiven(fiche.place().mrc())) {
            return "MRC " + FicheLabels.mrc(fiche);
        }
        return WHOLE_REGION;
    }

    /** Fiches by region code, codes in order; each group keeps the order of {@code fiches}. */
    public static Map<String, List<Fiche>> byRegion(List<Fiche> fiches) {
        return group(fiches, f -> f.place().region(), new TreeMap<>());
    }

    /** Localities of a region by name, the whole region last; each group keeps the order of {@code fiches}. */
    public static Map<String, List<Fiche>> byLocality(List<Fiche> fiches) {
        Comparator<String> order = Comparator.comparing((String l) -> l.equals(WHOLE_REGION))
                .thenComparing(FrenchCollation.ORDER);
        return group(fiches, Groupings::locality, new TreeMap<>(order));
    }

    /**
     * Fiches by the year they started, oldest first; each group keeps the order of {@code fiches}. A start
     * year the source does not give has no place on a timeline: those fiches are left out.
     */
    public static Map<Integer, List<Fiche>> byStartYear(List<Fiche> fiches) {
        return group(fiches.stream().filter(f -> f.period().start() != null).toList(), f -> f.period().start(),
                new TreeMap<>());
    }

    private static <K> Map<K, List<Fiche>> group(List<Fiche> fiches, Function<Fiche, K> key, TreeMap<K, List<Fiche>> map) {
        fiches.forEach(f -> map.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f));
        return map;
    }
}
