package org.countygraph.ner;

/**
 * Entity-level counts for one label (or all labels): an entity counts only when its span and label
 * both equal a gold entity's, as conlleval counts.
 *
 * @param label          the label, or {@code overall}
 * @param truePositives  predicted entities that match a gold entity
 * @param predicted      predicted entities
 * @param gold           gold entities
 */
public record LabelScore(String label, int truePositives, int predicted, int gold) {
    public LabelScore {
        if (truePositives < 0 || truePositives > predicted || truePositives > gold) {
            throw new NerException("impossible counts for " + label + ": tp=" + truePositives
                    + " predicted=" + predicted + " gold=" + gold);
        }
    }

    /** Matched over predicted; 0 when nothing was predicted. */
    public double precision() { return predicted == 0 ? 0 : (double) truePositives / predicted; }

    /** Matched over gold; 0 when there is no gold entity. */
    public double recall() { return gold == 0 ? 0 : (double) truePositives / gold; }

    /** The harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** These counts added to another's, under this label. */
    public LabelScore plus(LabelScore o) {
        return new LabelScore(label, truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
    }
}
