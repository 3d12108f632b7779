package org.countygraph.ingest;

import java.util.Objects;
import org.countygraph.CountyGraphException;

/**
 * An input that cannot be read as news text. The message is one line: the source, the
 * {@link Reason}, what is wrong and, for encoding problems, the byte offset, e.g.
 * {@code news/page.txt: BAD_ENCODING: not UTF-8 or GB18030 at byte offset 1207}.
 */
public class InputException extends CountyGraphException {
    private final String source;
    private final Reason reason;
    private final long byteOffset;
    private final String documentId;

    /** A problem with no byte offset and no known document id. */
    public InputException(String message) {
        this(message, (Throwable) null);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
        this.source = "";
        this.reason = Reason.IO_ERROR;
        this.byteOffset = -1;
        this.documentId = null;
    }

    /**
     * A problem with a source.
     *
     * @param source     the file (or {@code file:line}, or {@code -}) as shown to the user
     * @param documentId the id the document would have had, or null when unknown
     * @param reason     what kind of problem
     * @param detail     what is wrong, naming the bad value
     * @param byteOffset where in the bytes, or -1
     * @param cause      the underlying exception, or null
     */
    public InputException(String source, String documentId, Reason reason, String detail, long byteOffset, Throwable cause) {
        super(source + ": " + reason + ": " + detail + (byteOffset >= 0 ? " at byte offset " + byteOffset : ""), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.byteOffset = byteOffset;
        this.documentId = documentId;
    }

    public InputException(String source, String documentId, Reason reason, String detail) {
        this(source, documentId, reason, detail, -1, null);
    }

    /** The same problem, attributed to {@code source} and {@code documentId}. */
    public InputException at(String newSource, String newDocumentId) {
        String detail = getMessage();
        String prefix = source + ": " + reason + ": ";
        if (detail.startsWith(prefix)) detail = detail.substring(prefix.length());
        String suffix = " at byte offset " + byteOffset;
        if (byteOffset >= 0 && detail.endsWith(suffix)) detail = detail.substring(0, detail.length() - suffix.length());
        return new InputException(newSource, newDocumentId, reason, detail, byteOffset, getCause());
    }

    /** The file (or record, or {@code -}) the problem is in. */
    public String source() { return source; }

    public Reason reason() { return reason; }

    /** The offset in the input's bytes where the problem starts, or -1 when it has none. */
    public long byteOffset() { return byteOffset; }

    /** The id the document would have had, or null when none could be given. */
    public String documentId() { return documentId; }
}
