package org.countygraph.extract;

/**
 * One non-blank line of a source document, classified by its role in the page layout.
 *
 * @param text the line's characters, without the line break, trimmed of surrounding white space
 * @param span where those characters stand in the document
 * @param kind what the line is
 */
public record Line(String text, Span span, LineKind kind) {}
