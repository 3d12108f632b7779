package org.countygraph.extract;

/**
 * A word of a segmented sentence with its part-of-speech tag.
 *
 * @param text the word
 * @param tag  the tag, in the PKU/ICTCLAS set HanLP uses ({@code nr} person, {@code ns} place,
 *             {@code nt} organisation, {@code v} verb…)
 * @param span where the word stands in the sentence text
 */
public record Token(String text, String tag, Span span) {
    /** True for a person name tag. */
    public boolean isPerson() { return tag.startsWith("nr"); }
    /** True for a place name tag. */
    public boolean isPlace() { return tag.startsWith("ns"); }
    /** True for an organisation name tag. */
    public boolean isOrganization() { return tag.startsWith("nt"); }
    /** The part of speech by the first letter of the tag ({@code v} for {@code vn}), x when there is none. */
    public char tagClass() { return tag.isEmpty() ? 'x' : tag.charAt(0); }
}
