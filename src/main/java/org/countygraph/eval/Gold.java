package org.countygraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.countygraph.CountyGraphException;

/**
 * A gold annotation of one article in the dev-news format ({@code src/test/resources/dev-news/SOURCE.md}):
 * tab-separated facts, one per line, kind first; {@code #} lines are comments.
 *
 * @param entities  per kind (person, county, place, enterprise, industry, initiative), each entity's names,
 *                  canonical first
 * @param posts     official lines: name, post, organisation ({@code -} for none)
 * @param relations per kind (partof, located, develops, runs): pairs of canonical names
 * @param figures   indicator lines: area, indicator, value, unit
 */
public record Gold(Map<String, List<Set<String>>> entities, List<List<String>> posts,
                   Map<String, List<List<String>>> relations, List<List<String>> figures) {

    static final List<String> ENTITY_KINDS = List.of("person", "county", "place", "enterprise", "industry", "initiative");
    static final List<String> RELATION_KINDS = List.of("partof", "located", "develops", "runs");

    /** Reads a gold file; a malformed line is a {@link CountyGraphException} naming the file and line. */
    public static Gold read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
        Map<String, List<Set<String>>> entities = new LinkedHashMap<>();
        ENTITY_KINDS.forEach(k -> entities.put(k, new ArrayList<>()));
        Map<String, List<List<String>>> relations = new LinkedHashMap<>();
        RELATION_KINDS.forEach(k -> relations.put(k, new ArrayList<>()));
        List<List<String>> posts = new ArrayList<>();
        List<List<String>> figures = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            String kind = f[0].strip();
            if (entities.containsKey(kind) && f.length >= 2) {
                Set<String> names = new LinkedHashSet<>(List.of(f[1].strip().split("\\|")));
                entities.get(kind).add(names);
            } else if (kind.equals("official") && f.length >= 4) {
                posts.add(List.of(f[1].strip(), f[2].strip(), f[3].strip()));
            } else if (relations.containsKey(kind) && f.length >= 3) {
                relations.get(kind).add(List.of(f[1].strip(), f[2].strip()));
            } else if (kind.equals("indicator") && f.length >= 5) {
                figures.add(List.of(f[1].strip(), f[2].strip(), f[3].strip(), f[4].strip()));
            } else {
                throw new CountyGraphException(file + ":" + n + ": cannot read gold line '" + line + "'");
            }
        }
        return new Gold(entities, posts, relations, figures);
    }

    /** Every name (canonical and aliases) of the gold entity whose canonical name is {@code name}, or just the name. */
    public Set<String> namesOf(String name) {
        for (List<Set<String>> list : entities.values()) {
            for (Set<String> names : list) {
                if (names.iterator().next().equals(name)) return names;
            }
        }
        return Set.of(name);
    }
}
