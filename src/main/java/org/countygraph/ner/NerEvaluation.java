package org.countygraph.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs recognisers over a gold set and scores them against it; the sentences are tagged in parallel,
 * the predictions kept in sentence order.
 */
public final class NerEvaluation {
    private NerEvaluation() {}

    /** A recogniser's entities for each sentence, in order. */
    public static List<List<NamedSpan>> predict(Recognizer r, List<NerSentence> sentences) {
        return sentences.parallelStream().map(s -> r.recognize(s.text())).toList();
    }

    /** The scores of predictions against the gold sentences, over {@code labels}. */
    public static NerScorer score(List<NerSentence> gold, List<List<NamedSpan>> predicted, List<String> labels) {
        if (gold.size() != predicted.size()) {
            throw new NerException(predicted.size() + " predictions for " + gold.size() + " sentences");
        }
        NerScorer scorer = new NerScorer(Set.copyOf(labels));
        for (int i = 0; i < gold.size(); i++) scorer.add(gold.get(i).entities(), predicted.get(i));
        return scorer;
    }

    /** The predictions that match no gold entity ({@code +}) and the gold entities not predicted ({@code -}), one a line. */
    public static List<String> errors(List<NerSentence> gold, List<List<NamedSpan>> predicted, List<String> labels) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            String text = gold.get(i).text();
            Set<NamedSpan> g = new HashSet<>(gold.get(i).entities());
            Set<NamedSpan> p = new HashSet<>(predicted.get(i));
            for (NamedSpan e : predicted.get(i)) {
                if (labels.contains(e.label()) && !g.contains(e)) out.add("+ " + e.label() + " " + e.of(text) + "\t" + text);
            }
            for (NamedSpan e : gold.get(i).entities()) {
                if (labels.contains(e.label()) && !p.contains(e)) out.add("- " + e.label() + " " + e.of(text) + "\t" + text);
            }
        }
        return out;
    }
}
