package org.countygraph.extract;

import java.util.List;

/**
 * A possible mention found by one finder in one sentence, before overlaps and ambiguity are resolved.
 *
 * @param sentence   index of the sentence in its article
 * @param span       the characters in the sentence's text
 * @param kind       what the finder takes it for
 * @param name       the canonical name it stands for (e.g. {@code 株洲市} for {@code 株洲})
 * @param options    for a division, every listed division it may be, most likely first; else empty
 * @param confidence in [0, 1]
 */
public record Candidate(int sentence, Span span, EntityKind kind, String name, List<Division> options,
                        double confidence) {
    public Candidate {
        options = List.copyOf(options);
        if (name == null || name.isBlank()) throw new ExtractException("candidate without a name at " + span);
    }

    /** A candidate that is not a listed division. */
    public static Candidate of(int sentence, Span span, EntityKind kind, String name, double confidence) {
        return new Candidate(sentence, span, kind, name, List.of(), confidence);
    }
}
