package org.countygraph.ner;

import java.util.Objects;

/**
 * A labelled entity span in a sentence: the half-open character range {@code [start, end)} and the
 * label of the gold set it is scored in ({@code PER}, {@code LOC}, {@code name}, {@code company}…).
 *
 * @param start first character, inclusive, at least 0
 * @param end   last character, exclusive, greater than {@code start}
 * @param label the entity label, not blank
 */
public record NamedSpan(int start, int end, String label) implements Comparable<NamedSpan> {
    public NamedSpan {
        Objects.requireNonNull(label, "label");
        if (start < 0 || end <= start) {
            throw new NerException("invalid entity span [" + start + ", " + end + ") for " + label);
        }
        if (label.isBlank()) throw new NerException("blank entity label at [" + start + ", " + end + ")");
    }

    /** Number of characters covered. */
    public int length() { return end - start; }

    /** True when the two spans share at least one character. */
    public boolean overlaps(NamedSpan o) { return o.start < end && start < o.end; }

    /** The covered characters of {@code text}. */
    public String of(String text) { return text.substring(start, end); }

    /** The same span with another label. */
    public NamedSpan withLabel(String other) { return new NamedSpan(start, end, other); }

    @Override
    public int compareTo(NamedSpan o) {
        if (start != o.start) return Integer.compare(start, o.start);
        if (end != o.end) return Integer.compare(o.end, end);
        return label.compareTo(o.label);
    }
}
