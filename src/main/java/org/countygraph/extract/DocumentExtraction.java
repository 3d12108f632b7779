package org.countygraph.extract;

import java.util.List;

/**
 * The result of extracting one source document: one entry per article found in it.
 *
 * @param document the document as read
 * @param articles its articles, in text order
 */
public record DocumentExtraction(SourceDocument document, List<ArticleExtraction> articles) {
    public DocumentExtraction { articles = List.copyOf(articles); }
}
