package org.countygraph.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An entity an article names, after its mentions have been merged.
 *
 * @param key          identity key, unique across the whole graph (see {@code docs/IDENTITY.md}),
 *                     e.g. {@code division/430223} or {@code enterprise/松井新材料}
 * @param kind         what it is
 * @param label        canonical Chinese name
 * @param aliases      other surface forms used in the article (never the label itself)
 * @param divisionCode national statistical code, for divisions the gazetteer knows
 * @param mentions     every place the article names it
 * @param pinyin       the label in Hanyu pinyin, when a transliterator was given
 */
public record Entity(String key, EntityKind kind, String label, SortedSet<String> aliases,
                     Optional<String> divisionCode, List<Mention> mentions, Optional<String> pinyin) {
    public Entity {
        Objects.requireNonNull(kind, "kind");
        if (key == null || key.isBlank() || label == null || label.isBlank()) {
            throw new ExtractException("entity needs a key and a label: key=" + key + " label=" + label);
        }
        aliases = new TreeSet<>(aliases);
        aliases.remove(label);
        aliases = java.util.Collections.unmodifiableSortedSet(aliases);
        mentions = List.copyOf(mentions);
    }
}
