package org.countygraph.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores predicted entities against gold ones, per label and overall, exact span and label.
 *
 * <p>Usage: {@code NerScorer s = new NerScorer(Set.of("PER", "LOC", "ORG")); s.add(gold, predicted);
 * s.overall().f1();}. Only the labels given are scored: gold and predicted entities of other labels
 * (CLUENER's {@code game}, {@code book}…) are left out of every count.
 */
public final class NerScorer {
    private final Set<String> labels;
    private final Map<String, int[]> counts = new TreeMap<>();

    /** A scorer for entities of {@code labels}. */
    public NerScorer(Set<String> labels) {
        if (labels.isEmpty()) throw new NerException("no labels to score");
        this.labels = Set.copyOf(labels);
        for (String l : labels) counts.put(l, new int[3]);
    }

    /** Counts one sentence. */
    public void add(List<NamedSpan> gold, List<NamedSpan> predicted) {
        Set<NamedSpan> g = new HashSet<>();
        for (NamedSpan s : gold) {
            if (labels.contains(s.label()) && g.add(s)) counts.get(s.label())[2]++;
        }
        Set<NamedSpan> seen = new HashSet<>();
        for (NamedSpan s : predicted) {
            if (!labels.contains(s.label()) || !seen.add(s)) continue;
            int[] c = counts.get(s.label());
            c[1]++;
            if (g.contains(s)) c[0]++;
        }
    }

    /** The counts of one label. */
    public LabelScore score(String label) {
        int[] c = counts.get(label);
        if (c == null) throw new NerException("label not scored: " + label + " (scored: " + counts.keySet() + ")");
        return new LabelScore(label, c[0], c[1], c[2]);
    }

    /** The counts over every scored label. */
    public LabelScore overall() {
        LabelScore total = new LabelScore("overall", 0, 0, 0);
        for (String l : counts.keySet()) total = total.plus(score(l));
        return total;
    }
}
