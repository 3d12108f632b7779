package org.countygraph.ner;

import java.util.List;

/** A recogniser that tags each character with a trained {@link PerceptronModel} over {@link CharFeatures}. */
public final class TrainedRecognizer implements Recognizer {
    private final PerceptronModel model;
    private final CharFeatures features;

    /** A recogniser of {@code model}'s labels; {@code features} must be those it was trained with. */
    public TrainedRecognizer(PerceptronModel model, CharFeatures features) {
        this.model = model;
        this.features = features;
    }

    @Override
    public List<NamedSpan> recognize(String text) {
        if (text.isEmpty()) return List.of();
        int[] t = model.tag(features.of(text));
        String[] tags = new String[t.length];
        for (int i = 0; i < t.length; i++) tags[i] = model.tags().tag(t[i]);
        return BioTags.spans(tags);
    }
}
