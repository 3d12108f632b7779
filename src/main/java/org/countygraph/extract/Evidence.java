package org.countygraph.extract;

/**
 * Where a fact came from: the sentence, the characters that state it, and how sure the extractor is.
 *
 * @param sentence   index of the sentence in its article
 * @param span       the stating characters in the original document text
 * @param confidence in [0, 1]; see docs/EXTRACTION.md for how it is computed
 */
public record Evidence(int sentence, Span span, double confidence) {
    public Evidence {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new ExtractException("confidence must be in [0,1]: " + confidence);
        }
    }
}
