package org.countygraph.eval;

/**
 * Precision, recall and F1 of one kind of fact.
 *
 * @param kind      the kind (person, posts, county...)
 * @param predicted how many the extractor stated
 * @param gold      how many the gold annotation holds
 * @param matchedPredicted predicted facts that match a gold fact
 * @param matchedGold      gold facts that a predicted fact matches
 */
public record Score(String kind, int predicted, int gold, int matchedPredicted, int matchedGold) {
    public double precision() { return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matchedPredicted / predicted; }
    public double recall() { return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) matchedGold / gold; }
    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The sum of two scores of the same kind (micro-average over documents). */
    public Score plus(Score o) {
        return new Score(kind, predicted + o.predicted, gold + o.gold, matchedPredicted + o.matchedPredicted,
                matchedGold + o.matchedGold);
    }
}
