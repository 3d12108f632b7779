package org.countygraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A k-fold cross-validation of a tagger on a gold set: sentence {@code i} is held out in fold
 * {@code i mod k}; each fold's model learns the other folds (each read {@code repeats} times an epoch,
 * as the shipped model reads its set) plus fixed extra examples (another set always trained on), and
 * tags the held-out sentences. The scores of all folds are summed, so every
 * sentence is scored once by a model that never saw it. How the People's Daily model is tuned
 * without touching a test split.
 */
public final class CrossValidation {
    private final int folds;
    private final int repeats;
    private final PerceptronTrainer trainer;

    /**
     * A cross-validation of {@code folds} folds (at least 2) training with {@code trainer}, each
     * training fold read {@code repeats} times (at least 1) an epoch.
     */
    public CrossValidation(int folds, int repeats, PerceptronTrainer trainer) {
        if (folds < 2) throw new NerException("cross-validation needs at least 2 folds: " + folds);
        if (repeats < 1) throw new NerException("a training fold must be read at least once: " + repeats);
        this.folds = folds;
        this.repeats = repeats;
        this.trainer = trainer;
    }

    /**
     * The summed scores over {@code labels} of the held-out folds of {@code sentences}, whose features
     * are {@code features} (per sentence, per character); {@code extra} is added to every fold's training.
     */
    public NerScorer score(TagSet tags, List<NerSentence> sentences, List<String[][]> features,
            List<PerceptronTrainer.Example> extra, List<String> labels) {
        if (sentences.size() != features.size()) {
            throw new NerException(features.size() + " feature arrays for " + sentences.size() + " sentences");
        }
        NerScorer scorer = new NerScorer(Set.copyOf(labels));
        for (int k = 0; k < folds; k++) {
            List<PerceptronTrainer.Example> train = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                if (i % folds != k) train.add(NerTraining.example(sentences.get(i), features.get(i), tags));
            }
            Stream<PerceptronTrainer.Example> repeated = Stream.generate(() -> train).limit(repeats).flatMap(List::stream);
            PerceptronModel model = trainer.train(tags, Stream.concat(repeated, extra.stream()));
            for (int i = k; i < sentences.size(); i += folds) {
                int[] t = model.tag(features.get(i));
                String[] tagged = new String[t.length];
                for (int c = 0; c < t.length; c++) tagged[c] = tags.tag(t[c]);
                scorer.add(sentences.get(i).entities(), BioTags.spans(tagged));
            }
        }
        return scorer;
    }
}
