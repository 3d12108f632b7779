package org.countygraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.countygraph.extract.Segmenter;
import org.countygraph.extract.Token;

/**
 * A recogniser that takes a segmenter's name words as entities: with HanLP's segmenter (person, place
 * and organisation recognition on) it is HanLP portable's default recogniser, the baseline of
 * {@code ner --eval}. The format says which label a word tag stands for.
 */
public final class SegmenterRecognizer implements Recognizer {
    private final Segmenter segmenter;
    private final NerFormat format;

    /** A recogniser of {@code format}'s labels over {@code segmenter}'s words. */
    public SegmenterRecognizer(Segmenter segmenter, NerFormat format) {
        this.segmenter = segmenter;
        this.format = format;
    }

    @Override
    public List<NamedSpan> recognize(String text) {
        List<NamedSpan> out = new ArrayList<>();
        for (Token t : segmenter.segment(text)) {
            Optional<String> label = format.labelOf(t);
            if (label.isPresent() && t.span().length() > 0 && t.span().end() <= text.length()) {
                out.add(new NamedSpan(t.span().start(), t.span().end(), label.get()));
            }
        }
        return out;
    }
}
