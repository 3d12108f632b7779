package org.countygraph.ingest;

/**
 * Where a {@link SourceReader} sends what it reads: each document, and each input (or record)
 * it had to refuse. A caller owns the sink; tests collect into one.
 */
public interface InputSink {
    /** A document was read. */
    void document(InputDocument document);

    /** An input or one record of it could not be read; the reader goes on with the rest. */
    void rejected(InputException problem);
}
