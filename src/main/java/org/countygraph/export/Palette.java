package org.countygraph.export;

import java.util.Map;

/** The fill colour of each entity type in pictures (DOT and SVG), one hue per family of types. */
final class Palette {
    private Palette() {}

    private static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("Official", "#e15759"), Map.entry("Person", "#ff9d9a"),
            Map.entry("Province", "#1f5f99"), Map.entry("City", "#2f77b4"), Map.entry("County", "#4e9bd6"),
            Map.entry("Township", "#8cc2ea"), Map.entry("Village", "#b9dcf5"), Map.entry("AdministrativeDivision", "#4e9bd6"),
            Map.entry("Zone", "#76b7b2"), Map.entry("Place", "#a0cbe8"),
            Map.entry("Enterprise", "#f28e2b"), Map.entry("GovernmentBody", "#9c755f"), Map.entry("Organization", "#ffbe7d"),
            Map.entry("Industry", "#59a14f"), Map.entry("Initiative", "#b07aa1"), Map.entry("Project", "#edc948"),
            Map.entry("Observation", "#bab0ac"), Map.entry("Article", "#d4d4d4"), Map.entry("Post", "#ffd6d5"));
    private static final String[] OTHERS = {"#86bcb6", "#d37295", "#fabfd2", "#8cd17d", "#499894"};

    /** The colour of a type, e.g. {@code County}; types not listed get a stable colour of their own. */
    static String of(String type) {
        String c = COLOURS.get(type);
        return c != null ? c : OTHERS[Math.floorMod(type.hashCode(), OTHERS.length)];
    }
}
