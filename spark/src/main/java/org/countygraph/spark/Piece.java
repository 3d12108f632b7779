package org.countygraph.spark;

import java.io.Serializable;
import java.util.Optional;
import org.countygraph.extract.SourceDocument;
import org.countygraph.ingest.InputDocument;
import org.countygraph.ingest.InputException;
import org.countygraph.ingest.InputFormat;

/**
 * One thing a job's reading stage found in an input file, as it travels between stages: a document
 * to extract, or an input (or record) that could not be read and why.
 *
 * @param id       the document id (for a rejected file, the id it would have had)
 * @param source   where it came from: the file, or {@code file:line} for a JSON Lines record
 * @param text     the document's text, null for a rejection
 * @param format   the input's format, null for a rejection
 * @param derived  true when the text was assembled from a page or record (the build keeps such texts)
 * @param url      the article's address when the input gives one, else null
 * @param reason   why it was rejected ({@link org.countygraph.ingest.Reason} name), null for a document
 * @param message  the rejection's message, null for a document
 */
record Piece(String id, String source, String text, InputFormat format, boolean derived, String url,
             String reason, String message) implements Serializable {

    /** A document read. */
    static Piece of(InputDocument d) {
        return new Piece(d.id(), d.source(), d.document().text(), d.format(), d.derived(), d.url().orElse(null), null, null);
    }

    /** An input or record refused by the reader. */
    static Piece rejected(InputException e) {
        return new Piece(e.documentId(), e.source(), null, null, false, null,
                e.reason() == null ? "IO_ERROR" : e.reason().name(), e.getMessage());
    }

    boolean isDocument() { return text != null; }

    /** The document as the reader made it; only for a document. */
    InputDocument document() {
        if (!isDocument()) throw new IllegalStateException("not a document but a rejection of " + source + ": " + message);
        return new InputDocument(new SourceDocument(id, source, text), format, derived, Optional.ofNullable(url));
    }
}
