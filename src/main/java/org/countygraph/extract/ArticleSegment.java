package org.countygraph.extract;

import java.util.List;

/**
 * An article as cut out of its page: its structure and the lines that make it up.
 *
 * @param article the article's structure (headline, credits, date)
 * @param lines   the article's lines in text order, headline included
 */
public record ArticleSegment(Article article, List<Line> lines) {
    public ArticleSegment { lines = List.copyOf(lines); }
}
