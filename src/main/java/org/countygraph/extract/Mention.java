package org.countygraph.extract;

/**
 * One place where an article names an entity.
 *
 * @param text     the characters as they stand in the sentence text
 * @param evidence the sentence, the original-text span and the confidence
 */
public record Mention(String text, Evidence evidence) {}
