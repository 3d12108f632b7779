package org.countygraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A word list bundled under {@code org/countygraph/lexicon/}: one entry per line, first column,
 * {@code #} comments. These hold general language (post titles, sector words, campaign words),
 * never names of particular entities.
 */
public final class Lexicon {
    private final String name;
    private final List<String> entries;
    private final Set<String> set;

    private Lexicon(String name, List<String> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
        this.set = Set.copyOf(entries);
    }

    /** Loads a bundled list, e.g. {@code titles.txt}; a missing list is an {@link UncheckedIOException}. */
    public static Lexicon bundled(String file) {
        String path = file.startsWith("/") ? file : "/org/countygraph/lexicon/" + file;
        InputStream in = Lexicon.class.getResourceAsStream(path);
        if (in == null) throw new UncheckedIOException(new IOException("bundled word list missing: " + path));
        Set<String> out = new LinkedHashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                out.add(line.split("\\s+")[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled word list " + path, e);
        }
        return new Lexicon(file, new ArrayList<>(out));
    }

    public String name() { return name; }
    public boolean contains(String s) { return set.contains(s); }
    public List<String> entries() { return entries; }

    /** Entries longest first, for building alternations that prefer the longest match. */
    public List<String> longestFirst() {
        List<String> l = new ArrayList<>(entries);
        l.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return Collections.unmodifiableList(l);
    }

    /** A regular-expression alternation of the entries, longest first, quoted. */
    public String alternation() {
        StringBuilder sb = new StringBuilder("(?:");
        for (String e : longestFirst()) {
            if (sb.length() > 3) sb.append('|');
            sb.append(java.util.regex.Pattern.quote(e));
        }
        return sb.append(')').toString();
    }
}
