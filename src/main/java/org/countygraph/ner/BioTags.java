package org.countygraph.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Static conversions between entity spans and per-character tags: {@code BIO} (the gold sets' own
 * scheme) and {@code BIOES} (what the trained tagger predicts: single-character and last
 * characters get tags of their own).
 *
 * <p>Reading tags follows conlleval: an {@code I-X} that does not continue an {@code X} entity starts
 * one, and an entity ends at {@code O}, at {@code B-}, or at a change of label.
 */
public final class BioTags {
    /** The tag of characters outside every entity. */
    public static final String OUTSIDE = "O";

    private BioTags() {}

    /** The BIO tags of a sentence of {@code length} characters holding {@code spans} (not overlapping). */
    public static String[] bio(int length, List<NamedSpan> spans) {
        String[] tags = outside(length);
        for (NamedSpan s : spans) {
            check(length, s);
            tags[s.start()] = "B-" + s.label();
            for (int i = s.start() + 1; i < s.end(); i++) tags[i] = "I-" + s.label();
        }
        return tags;
    }

    /** The BIOES tags of a sentence of {@code length} characters holding {@code spans} (not overlapping). */
    public static String[] bioes(int length, List<NamedSpan> spans) {
        String[] tags = outside(length);
        for (NamedSpan s : spans) {
            check(length, s);
            if (s.length() == 1) {
                tags[s.start()] = "S-" + s.label();
                continue;
            }
            tags[s.start()] = "B-" + s.label();
            for (int i = s.start() + 1; i < s.end() - 1; i++) tags[i] = "I-" + s.label();
            tags[s.end() - 1] = "E-" + s.label();
        }
        return tags;
    }

    /** The entities that BIO or BIOES tags spell, read as conlleval reads them. */
    public static List<NamedSpan> spans(String[] tags) {
        List<NamedSpan> out = new ArrayList<>();
        int start = -1;
        String label = null;
        for (int i = 0; i <= tags.length; i++) {
            String tag = i < tags.length ? tags[i] : OUTSIDE;
            char prefix = prefix(tag);
            String l = prefix == 'O' ? null : tag.substring(2);
            boolean continues = label != null && label.equals(l) && (prefix == 'I' || prefix == 'E');
            if (!continues && label != null) {
                out.add(new NamedSpan(start, i, label));
                label = null;
            }
            if (prefix != 'O' && !continues) {
                start = i;
                label = l;
            }
            if (label != null && (prefix == 'E' || prefix == 'S')) {
                out.add(new NamedSpan(start, i + 1, label));
                label = null;
            }
        }
        return out;
    }

    /** The scheme letter of a tag ({@code B I E S O}); throws on a tag of no known shape. */
    public static char prefix(String tag) {
        if (tag.equals(OUTSIDE)) return 'O';
        if (tag.length() > 2 && tag.charAt(1) == '-' && "BIES".indexOf(tag.charAt(0)) >= 0) return tag.charAt(0);
        throw new NerException("not a BIO/BIOES tag: '" + tag + "'");
    }

    private static String[] outside(int length) {
        String[] tags = new String[length];
        Arrays.fill(tags, OUTSIDE);
        return tags;
    }

    private static void check(int length, NamedSpan s) {
        if (s.end() > length) {
            throw new NerException("entity [" + s.start() + ", " + s.end() + ") outside a sentence of " + length + " characters");
        }
    }
}
