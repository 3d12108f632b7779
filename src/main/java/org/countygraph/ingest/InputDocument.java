package org.countygraph.ingest;

import java.util.Objects;
import java.util.Optional;
import org.countygraph.extract.SourceDocument;

/**
 * A document read from an input, ready for the extractor.
 *
 * @param document the source document; its text is what offsets point into
 * @param format   the kind of input it came from
 * @param derived  true when the text was assembled from structure ({@link ArticleText}) rather
 *                 than read as it is: the build then stores the text with the document
 * @param url      the address the input gives for the article, if any
 */
public record InputDocument(SourceDocument document, InputFormat format, boolean derived, Optional<String> url) {
    public InputDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(url, "url");
    }

    public String id() { return document.id(); }

    /** Where it came from, for messages and reports. */
    public String source() { return document.name(); }
}
