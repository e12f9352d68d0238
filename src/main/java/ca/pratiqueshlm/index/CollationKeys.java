package ca.pratiqueshlm.index;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * French collation keys of texts (fiche titles), kept between the preview's builds: making a key is
 * most of the cost of sorting by title, and an edit changes at most one title. A one-off build uses
 * a new instance, which computes each key once.
 */
public final class CollationKeys {
    private final Collator collator = Collator.getInstance(Locale.CANADA_FRENCH);
    private final Map<String, CollationKey> keys = new ConcurrentHashMap<>();

    public CollationKeys() {
        collator.setStrength(Collator.TERTIARY);
    }

    /** The key of {@code text}: keys compare as {@link FrenchCollation#ORDER} does, before its tie-break. */
    public CollationKey of(String text) {
        CollationKey known = keys.get(text);
        if (known != null) {
            return known;
        }
        // RuleBasedCollator.getCollationKey is synchronized: safe from parallel streams.
        CollationKey key = collator.getCollationKey(text);
        keys.put(text, key);
        return key;
    }

    /** Forgets the texts not in {@code texts}, so edited titles do not pile up over a long preview. */
    public void keepOnly(Collection<String> texts) {
        keys.keySet().retainAll(new HashSet<>(texts));
    }
}
