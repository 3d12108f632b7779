package org.countygraph.extract;

/**
 * One sentence of an article after layout repair.
 *
 * @param index  position in the article, from 0
 * @param text   the repaired text (line breaks inside the sentence removed)
 * @param span   the range in the original document text that the sentence covers
 * @param offsets for each character of {@code text}, its offset in the original document text
 */
public record Sentence(int index, String text, Span span, int[] offsets) {
    public Sentence {
        if (offsets.length != text.length()) {
            throw new ExtractException("sentence offsets (" + offsets.length + ") do not match its text length ("
                    + text.length() + "): " + text);
        }
    }

    /** The original-text span of the characters {@code [start, end)} of this sentence's text. */
    public Span toOriginal(int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new ExtractException("span [" + start + ", " + end + ") outside sentence: " + text);
        }
        return new Span(offsets[start], offsets[end - 1] + 1);
    }
}
