package org.countygraph.extract;

/**
 * What name dictionaries say of each character of a text: the roles it plays in the person, place
 * and organisation names they were built from (surname, given-name character, place suffix…) and
 * the dictionary words it starts or ends. A learned tagger weighs these as features.
 */
public interface CharLexicon {
    /** Per character of {@code text}, short feature strings (none is an empty array, never null). */
    String[][] describe(String text);
}
