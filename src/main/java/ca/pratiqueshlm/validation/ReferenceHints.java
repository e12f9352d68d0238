package ca.pratiqueshlm.validation;

import ca.pratiqueshlm.model.Category;
import ca.pratiqueshlm.model.Folding;
import ca.pratiqueshlm.model.Outcome;
import ca.pratiqueshlm.model.Partner;
import ca.pratiqueshlm.model.Population;
import ca.pratiqueshlm.model.Programme;
import ca.pratiqueshlm.model.Region;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.model.Registry;
import ca.pratiqueshlm.model.Source;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The hint for an unknown registry reference. A name, acronym or alias of an existing entry is answered
 * with that entry's id: telling the editor to "add it to the registry" would invite a duplicate.
 */
public final class ReferenceHints {
    /** An entry of a registry: its id, how readers know it, and every other name it goes by. */
    public record Entry(String id, String label, List<String> names) {}

    public static final ReferenceHints NONE = new ReferenceHints(Map.of());

    private final Map<Registry, List<Entry>> entries;

    public ReferenceHints(Map<Registry, List<Entry>> entries) {
        this.entries = Map.copyOf(entries);
    }

    public static ReferenceHints of(Registries registries) {
        Map<Registry, List<Entry>> entries = new EnumMap<>(Registry.class);
        entries.put(Registry.CATEGORY, registries.categories().stream()
                .map((Category c) -> new Entry(c.id(), c.name(), List.of(c.name()))).toList());
        entries.put(Registry.REGION, registries.regions().stream()
                .map((Region r) -> new Entry(r.code(), r.name(), List.of(r.name()))).toList());
        entries.put(Registry.POPULATION, registries.populations().stream()
                .map((Population p) -> new Entry(p.id(), p.name(), List.of(p.name()))).toList());
        entries.put(Registry.PARTNER, registries.partners().stream().map((Partner p) -> new Entry(p.id(), p.name(),
                Stream.concat(Stream.of(p.name(), p.acronym()), p.aliases().stream())
                        .filter(n -> n != null && !n.isBlank()).toList())).toList());
        entries.put(Registry.OUTCOME, registries.outcomes().stream()
                .map((Outcome o) -> new Entry(o.id(), o.label(), List.of(o.label()))).toList());
        entries.put(Registry.SOURCE, registries.sources().stream().map((Source s) -> new Entry(s.id(),
                s.authors() + " (" + s.year() + ")", List.of(s.title()))).toList());
        entries.put(Registry.PROGRAMME, registries.programmes().stream()
                .map((Programme p) -> new Entry(p.id(), p.name(), List.of(p.name()))).toList());
        return new ReferenceHints(entries);
    }

    /** The entries of a registry, each with every name it goes by (the proposal form searches them). */
    public List<Entry> entries(Registry registry) {
        return entries.getOrDefault(registry, List.of());
    }

    /** What to tell the editor who wrote {@code typed}, which is not an id of {@code registry}. */
    public String hint(Registry registry, String typed, Collection<String> knownIds) {
        List<Entry> known = entries.getOrDefault(registry, List.of());
        Map<String, Entry> byName = new LinkedHashMap<>();
        for (Entry entry : known) {
            byName.putIfAbsent(key(entry.id()), entry);
            entry.names().forEach(name -> byName.putIfAbsent(key(name), entry));
        }
        String typedKey = key(typed);
        Entry exact = byName.get(typedKey);
        if (exact != null) {
            return suggest(exact);
        }
        Optional<String> closeId = Suggestions.closest(typed, knownIds);
        if (closeId.isPresent()) {
            return known.stream().filter(e -> e.id().equals(closeId.get())).findFirst().map(ReferenceHints::suggest)
                    .orElse("vouliez-vous dire « " + closeId.get() + " » ?");
        }
        // Names are long: only a slip of a letter or two is a typo, not another organisation's name.
        Optional<String> closeName = Suggestions.closest(typedKey, new ArrayList<>(byName.keySet()))
                .filter(name -> Suggestions.distance(typedKey, name) <= 2);
        if (closeName.isPresent()) {
            return suggest(byName.get(closeName.get()));
        }
        return switch (registry) {
            case CATEGORY -> "les catégories sont : " + String.join(", ", knownIds);
            case REGION -> "écrivez le code de la région, de 01 à 17 (00 : plusieurs régions) ; la liste est dans "
                    + registry.fileName();
            default -> {
                boolean masculine = registry == Registry.PARTNER || registry == Registry.PROGRAMME;
                yield "ajoutez-l" + (masculine ? "e" : "a") + " d'abord dans " + registry.fileName()
                        + ", ou choisissez un identifiant qui s'y trouve";
            }
        };
    }

    private static String suggest(Entry entry) {
        boolean labelSaysMore = !key(entry.label()).equals(key(entry.id()));
        return "vouliez-vous dire « " + entry.id() + " »" + (labelSaysMore ? " (" + entry.label() + ")" : "") + " ?";
    }

    /** Case, accents, punctuation and spacing do not make two names different. */
    static String key(String name) {
        return Folding.words(name);
    }
}
