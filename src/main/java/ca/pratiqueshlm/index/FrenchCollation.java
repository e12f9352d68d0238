package ca.pratiqueshlm.index;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Alphabetical order as a French reader expects it ("Élan" between "Eau" and "Faim"). */
public final class FrenchCollation {
    /** Ties broken by code point, so the order is total and builds are deterministic. */
    public static final Comparator<String> ORDER = collator().thenComparing(Comparator.naturalOrder());

    private FrenchCollation() {}

    private static Comparator<String> collator() {
        Collator collator = Collator.getInstance(Locale.CANADA_FRENCH);
        collator.setStrength(Collator.TERTIARY);
        return collator::compare; // RuleBasedCollator.compare is synchronized: safe to share
    }
}
