package ca.pratiqueshlm.index.search;

import ca.pratiqueshlm.model.HousingType;
import ca.pratiqueshlm.model.Partner;
import ca.pratiqueshlm.model.Population;
import ca.pratiqueshlm.model.Region;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.model.SynonymGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Groups of equivalent expressions, analysed: each member is its search terms joined by a space
 * (« habitations à loyer modique » gives « habit loyer modiqu »). Groups come from
 * {@code synonymes.yaml} and from the registries (a partner's name, acronym and aliases; a region's name
 * and « région 12 »; a population's name and id; a housing type's code and label). Groups that share a
 * member are merged. Members of two terms or more are indexed as phrase terms, so that a fiche saying
 * « personnes âgées » is found by « aînés » and the other way round.
 */
public final class Synonyms {
    private final List<List<String>> groups;
    /** Phrase members by their first term, to find them in a fiche's text in one pass. */
    private final Map<String, List<String[]>> phrasesByFirstTerm = new HashMap<>();

    Synonyms(List<List<String>> groups) {
        this.groups = groups.stream().map(List::copyOf).toList();
        for (List<String> group : this.groups) {
            for (String member : group) {
                String[] parts = member.split(" ");
                if (parts.length > 1) {
                    phrasesByFirstTerm.computeIfAbsent(parts[0], t -> new ArrayList<>()).add(parts);
                }
            }
        }
    }

    /** The groups, each a list of analysed members. */
    public List<List<String>> groups() {
        return groups;
    }

    public static Synonyms of(Registries registries) {
        List<List<String>> raw = new ArrayList<>();
        registries.synonyms().stream().map(SynonymGroup::terms).forEach(raw::add);
        for (Partner p : registries.partners()) {
            List<String> names = new ArrayList<>(List.of(p.name()));
            names.add(p.acronym());
            names.addAll(p.aliases());
            raw.add(names);
        }
        for (Region r : registries.regions()) {
            raw.add(List.of(r.name(), "région " + r.code()));
        }
        for (Population p : registries.populations()) {
            raw.add(List.of(p.name(), p.id()));
        }
        for (HousingType t : HousingType.values()) {
            // "HLM (habitation à loyer modique)": the code, the label, and each half of the label.
            raw.add(Stream.concat(Stream.of(t.code(), t.label()), Stream.of(t.label().split("[()]"))).toList());
        }
        return new Synonyms(merge(raw.stream().map(Synonyms::analysed).filter(g -> g.size() > 1).toList()));
    }

    private static List<String> analysed(List<String> members) {
        Set<String> kept = new LinkedHashSet<>();
        members.stream().filter(Objects::nonNull).map(m -> String.join(" ", FrenchAnalyzer.terms(m)))
                .filter(m -> !m.isEmpty()).forEach(kept::add);
        return List.copyOf(kept);
    }

    /** Groups that share a member become one, in the order they first appear. */
    private static List<List<String>> merge(List<List<String>> groups) {
        List<Set<String>> merged = new ArrayList<>();
        Map<String, Set<String>> owner = new HashMap<>();
        for (List<String> group : groups) {
            Set<String> target = group.stream().map(owner::get).filter(Objects::nonNull).findFirst().orElse(null);
            if (target == null) {
                target = new LinkedHashSet<>();
                merged.add(target);
            }
            for (String member : group) {
                Set<String> other = owner.get(member);
                if (other != null && other != target) {
                    target.addAll(other);
                    for (String moved : other) {
                        owner.put(moved, target);
                    }
                    merged.remove(other);
                }
                target.add(member);
                owner.put(member, target);
            }
        }
        return merged.stream().map(List::copyOf).toList();
    }

    /** The phrase terms (members of two terms or more) that occur in {@code terms}, once per occurrence. */
    List<String> phrasesIn(List<String> terms) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            for (String[] parts : phrasesByFirstTerm.getOrDefault(terms.get(i), List.of())) {
                if (i + parts.length <= terms.size() && matchesAt(terms, i, parts)) {
                    found.add(String.join(" ", parts));
                }
            }
        }
        return found;
    }

    private static boolean matchesAt(List<String> terms, int at, String[] parts) {
        for (int k = 0; k < parts.length; k++) {
            if (!terms.get(at + k).equals(parts[k])) {
                return false;
            }
        }
        return true;
    }
}
