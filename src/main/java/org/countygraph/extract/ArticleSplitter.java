package org.countygraph.extract;

import java.util.List;

/** Cuts a source document into its articles. */
public interface ArticleSplitter {
    /** Returns the document's articles in text order; a document with text has at least one. */
    List<ArticleSegment> split(SourceDocument document);
}
