package ca.pratiqueshlm.report;

import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Field;
import ca.pratiqueshlm.model.Partner;
import ca.pratiqueshlm.model.RecordComponents;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.validation.Suggestions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the editorial team should look at next, from a valid site: stale fiches, gaps, registry entries
 * nobody uses, aliases that look like typos, fiches without outcomes, sources readers cannot open.
 *
 * @param stale fiches whose {@code mise_a_jour} is older than the limit, "slug (date)"
 * @param missingOptional per fiche, the optional fields it leaves empty, "slug : a, b"
 * @param unusedEntries registry entries no fiche refers to, "partenaires : x"
 * @param suspiciousAliases partner aliases one or two letters away from another of its names
 * @param withoutOutcomes fiches without any outcome
 * @param sourcesWithoutAddress sources without a public address
 */
public record EditorialReport(List<String> stale, List<String> missingOptional, List<String> unusedEntries,
        List<String> suspiciousAliases, List<String> withoutOutcomes, List<String> sourcesWithoutAddress) {

    public static EditorialReport of(Site site, LocalDate today, int months) {
        LocalDate limit = today.minusMonths(months);
        List<Fiche> fiches = site.fiches();
        return new EditorialReport(
                fiches.stream().filter(f -> f.updated().isBefore(limit)).map(f -> f.slug() + " (" + f.updated() + ")").toList(),
                fiches.stream().map(EditorialReport::missingOptional).filter(s -> !s.isEmpty()).toList(),
                unused(site),
                site.registries().partners().stream().flatMap(EditorialReport::suspiciousAliases).toList(),
                fiches.stream().filter(f -> f.outcomes().isEmpty()).map(Fiche::slug).toList(),
                site.registries().sources().stream().filter(s -> s.url() == null).map(s -> s.id()).toList());
    }

    /** "slug : contexte, financement", or "" when every optional field is filled. */
    private static String missingOptional(Fiche fiche) {
        List<String> missing = new ArrayList<>();
        for (RecordComponent component : RecordComponents.of(Fiche.class)) {
            Field field = component.getAnnotation(Field.class);
            if (field != null && !field.required() && !field.value().equals("anciens_noms") && isEmpty(value(component, fiche))) {
                missing.add(field.value());
            }
        }
        return missing.isEmpty() ? "" : fiche.slug() + " : " + String.join(", ", missing);
    }

    private static Object value(RecordComponent component, Fiche fiche) {
        try {
            return component.getAccessor().invoke(fiche);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof Collection<?> c && c.isEmpty() || value instanceof String s && s.isBlank();
    }

    private static List<String> unused(Site site) {
        Set<String> used = new HashSet<>();
        for (Fiche f : site.fiches()) {
            used.addAll(f.allCategories());
            used.addAll(f.populations());
            f.partners().forEach(p -> used.add(p.id()));
            f.funding().stream().filter(m -> m.funder() != null).forEach(m -> used.add(m.funder()));
            f.outcomes().forEach(o -> used.add(o.id()));
            f.sources().forEach(s -> used.add(s.id()));
            if (f.programme() != null) {
                used.add(f.programme());
            }
        }
        Registries r = site.registries();
        List<String> unused = new ArrayList<>();
        add(unused, "catégories", r.categories().stream().map(c -> c.id()), used);
        add(unused, "populations", r.populations().stream().map(p -> p.id()), used);
        add(unused, "partenaires", r.partners().stream().map(Partner::id), used);
        add(unused, "retombées", r.outcomes().stream().map(o -> o.id()), used);
        add(unused, "sources", r.sources().stream().map(s -> s.id()), used);
        add(unused, "programmes", r.programmes().stream().map(p -> p.id()), used);
        return unused;
    }

    private static void add(List<String> unused, String registry, Stream<String> ids, Set<String> used) {
        ids.filter(id -> !used.contains(id)).forEach(id -> unused.add(registry + " : " + id));
    }

    /** "OMH de Montreal" beside "OMH de Montréal" is a typo kept as an alias, not another name. */
    private static Stream<String> suspiciousAliases(Partner partner) {
        List<String> names = Stream.concat(Stream.of(partner.name(), partner.acronym()), partner.aliases().stream())
                .filter(n -> n != null && !n.isBlank()).toList();
        List<String> found = new ArrayList<>();
        for (String alias : partner.aliases()) {
            for (String other : names) {
                if (other != alias && Suggestions.isNearMiss(alias, other)) {
                    found.add(partner.id() + " : « " + alias + " » ressemble à « " + other + " »");
                    break;
                }
            }
        }
        return found.stream();
    }
}
