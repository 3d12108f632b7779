package org.countygraph.extract;

import java.util.Optional;

/**
 * A resolved mention: a candidate kept after overlaps and ambiguity were settled.
 *
 * @param sentence   index of the sentence in its article
 * @param span       the characters in the sentence's text
 * @param text       those characters
 * @param kind       the entity's kind
 * @param name       the entity's canonical name
 * @param division   the listed division it is, if any
 * @param confidence in [0, 1]
 */
public record Found(int sentence, Span span, String text, EntityKind kind, String name,
                    Optional<Division> division, double confidence) {
    /** The article-local identity of the entity: kind family and name, or the division code. */
    public String ref() {
        if (division.isPresent()) return "D:" + division.get().code();
        return family(kind) + ":" + name;
    }

    static String family(EntityKind kind) {
        if (kind.isPerson()) return "P";
        if (kind.isOrganization()) return "O";
        if (kind.isPlace()) return "L";
        return kind.name();
    }
}
