package org.countygraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A character trie over a fixed set of names that finds their longest non-overlapping matches in
 * a text, left to right. Immutable once built; safe to share between threads.
 */
public final class NameTrie {
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        boolean terminal;
    }

    private final Node root = new Node();

    /** Builds a trie over the given names; empty names are ignored. */
    public NameTrie(Iterable<String> names) {
        for (String name : names) {
            if (name.isEmpty()) continue;
            Node n = root;
            for (int i = 0; i < name.length(); i++) n = n.next.computeIfAbsent(name.charAt(i), c -> new Node());
            n.terminal = true;
        }
    }

    /** The longest name that starts at {@code from}, as its end offset, or -1. */
    public int longestAt(CharSequence text, int from) {
        Node n = root;
        int best = -1;
        for (int i = from; i < text.length(); i++) {
            n = n.next.get(text.charAt(i));
            if (n == null) break;
            if (n.terminal) best = i + 1;
        }
        return best;
    }

    /** Every longest, leftmost, non-overlapping match in the text. */
    public List<Span> findAll(CharSequence text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = longestAt(text, i);
            if (end > 0) { out.add(new Span(i, end)); i = end; } else i++;
        }
        return out;
    }
}
