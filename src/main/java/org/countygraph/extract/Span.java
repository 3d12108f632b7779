package org.countygraph.extract;

/**
 * A half-open character range {@code [start, end)} in a text, in UTF-16 code units as Java counts them.
 *
 * @param start first character, inclusive, at least 0
 * @param end   last character, exclusive, at least {@code start}
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new ExtractException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** Number of characters covered. */
    public int length() { return end - start; }

    /** True when {@code other} lies entirely inside this span. */
    public boolean contains(Span other) { return other.start >= start && other.end <= end; }

    /** True when the two spans share at least one character. */
    public boolean overlaps(Span other) { return other.start < end && start < other.end; }

    /** This span moved right by {@code offset} characters. */
    public Span shift(int offset) { return new Span(start + offset, end + offset); }

    /** The covered characters of {@code text}. */
    public String of(CharSequence text) { return text.subSequence(start, end).toString(); }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
