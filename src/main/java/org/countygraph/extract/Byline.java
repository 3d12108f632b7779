package org.countygraph.extract;

/**
 * A person credited in an article's byline or editor line, with their role as written.
 *
 * @param name the person's name as written
 * @param role the role as written, e.g. {@code 全媒体记者}, {@code 通讯员}, {@code 责任编辑}
 * @param span where the name stands in the source document
 */
public record Byline(String name, String role, Span span) {}
