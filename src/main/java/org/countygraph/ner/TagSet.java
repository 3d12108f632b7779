package org.countygraph.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The BIOES tags of a set of entity labels, with the transitions the scheme allows: {@code I-X} and
 * {@code E-X} only after {@code B-X} or {@code I-X}, and a sentence never ending inside an entity.
 */
public final class TagSet {
    private final List<String> labels;
    private final String[] tags;
    private final Map<String, Integer> index = new HashMap<>();
    private final boolean[][] allowed;
    private final boolean[] canStart;
    private final boolean[] canEnd;
    private final int[][] predecessors;

    /** The tag set of {@code labels}, in the order given. */
    public TagSet(List<String> labels) {
        if (labels.isEmpty()) throw new NerException("a tag set needs at least one label");
        this.labels = List.copyOf(labels);
        List<String> t = new ArrayList<>();
        t.add(BioTags.OUTSIDE);
        for (String l : labels) {
            if (l.isBlank() || l.contains("-") && l.indexOf('-') == 1) throw new NerException("bad label: '" + l + "'");
            for (String p : List.of("B-", "I-", "E-", "S-")) t.add(p + l);
        }
        this.tags = t.toArray(String[]::new);
        for (int i = 0; i < tags.length; i++) index.put(tags[i], i);
        int n = tags.length;
        allowed = new boolean[n][n];
        canStart = new boolean[n];
        canEnd = new boolean[n];
        for (int b = 0; b < n; b++) {
            char pb = BioTags.prefix(tags[b]);
            canStart[b] = pb == 'O' || pb == 'B' || pb == 'S';
            canEnd[b] = pb == 'O' || pb == 'E' || pb == 'S';
            for (int a = 0; a < n; a++) {
                char pa = BioTags.prefix(tags[a]);
                boolean inside = pa == 'B' || pa == 'I';
                allowed[a][b] = inside
                        ? (pb == 'I' || pb == 'E') && tags[a].substring(2).equals(tags[b].substring(2))
                        : canStart[b];
            }
        }
        predecessors = new int[n][];
        for (int b = 0; b < n; b++) {
            int[] p = new int[n];
            int k = 0;
            for (int a = 0; a < n; a++) if (allowed[a][b]) p[k++] = a;
            predecessors[b] = java.util.Arrays.copyOf(p, k);
        }
    }

    /** The entity labels. */
    public List<String> labels() { return labels; }

    /** Number of tags. */
    public int size() { return tags.length; }

    /** The tag with index {@code i}. */
    public String tag(int i) { return tags[i]; }

    /** The index of a tag; throws for a tag not in the set. */
    public int indexOf(String tag) {
        Integer i = index.get(tag);
        if (i == null) throw new NerException("tag '" + tag + "' is not in " + labels);
        return i;
    }

    /** True when tag {@code b} may follow tag {@code a}. */
    public boolean allowed(int a, int b) { return allowed[a][b]; }

    /** The tags that may precede tag {@code b}, ascending; callers must not change the array. */
    int[] predecessors(int b) { return predecessors[b]; }

    /** True when a sentence may start with tag {@code b}. */
    public boolean canStart(int b) { return canStart[b]; }

    /** True when a sentence may end with tag {@code b}. */
    public boolean canEnd(int b) { return canEnd[b]; }
}
