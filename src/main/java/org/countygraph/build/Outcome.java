package org.countygraph.build;

import java.util.Objects;
import java.util.Optional;
import org.countygraph.ingest.InputException;
import org.countygraph.ingest.Reason;

/**
 * What a build did with one input or document: one row of the build report.
 *
 * @param source     the file (or {@code file:line}, or {@code -}) as shown to the user; for a
 *                   removed document, its id
 * @param documentId the document id, or "" when none could be given
 * @param status     what happened
 * @param reason     why it failed, for {@link Status#FAILED}
 * @param byteOffset where in the input's bytes the problem starts, or -1
 * @param articles   the number of article graphs the document has in the store after the build
 * @param quads      the number of quads in them
 * @param message    one line for people
 */
public record Outcome(String source, String documentId, Status status, Optional<Reason> reason, long byteOffset,
                      int articles, long quads, String message) {
    /** What a build did with a document. */
    public enum Status {
        /** Extracted and loaded: new, changed, or extracted by a different extractor build. */
        LOADED,
        /** Same text and extractor as the stored version: left as it was, not extracted again. */
        UNCHANGED,
        /** The same text as another document of the build, which is the one loaded. */
        DUPLICATE,
        /** In the store but no longer among the inputs: its graphs were dropped. */
        REMOVED,
        /** Not loaded; the store keeps whatever version it had. */
        FAILED
    }

    public Outcome {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        if ((status == Status.FAILED) != reason.isPresent()) {
            throw new IllegalArgumentException("a reason is given exactly for FAILED outcomes, not for " + status);
        }
    }

    /** A failure from a reading problem. */
    static Outcome failed(InputException e) {
        return new Outcome(e.source(), e.documentId() == null ? "" : e.documentId(), Status.FAILED, Optional.of(e.reason()),
                e.byteOffset(), 0, 0, e.getMessage());
    }

    /** A failure of a later stage. */
    static Outcome failed(String source, String documentId, Reason reason, String detail) {
        return new Outcome(source, documentId, Status.FAILED, Optional.of(reason), -1, 0, 0,
                source + ": " + reason + ": " + detail);
    }

    static Outcome of(String source, String documentId, Status status, int articles, long quads, String message) {
        return new Outcome(source, documentId, status, Optional.empty(), -1, articles, quads, message);
    }

    public boolean failed() { return status == Status.FAILED; }
}
