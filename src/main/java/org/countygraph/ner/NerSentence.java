package org.countygraph.ner;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of a gold set with its annotated entities.
 *
 * @param text     the sentence, as the set gives it
 * @param entities its entities, sorted, each inside the text
 */
public record NerSentence(String text, List<NamedSpan> entities) {
    public NerSentence {
        Objects.requireNonNull(text, "text");
        entities = entities.stream().sorted().toList();
        for (NamedSpan e : entities) {
            if (e.end() > text.length()) {
                throw new NerException("entity [" + e.start() + ", " + e.end() + ") " + e.label()
                        + " runs past the sentence of " + text.length() + " characters: " + text);
            }
        }
    }
}
