package org.countygraph.extract;

/** Turns one source document into its articles, entities and facts; a pure function of the text. */
public interface Extractor {
    /**
     * Extracts every article of a document.
     *
     * @throws ExtractException when the document cannot be processed; no partial result is returned
     */
    DocumentExtraction extract(SourceDocument document);
}
