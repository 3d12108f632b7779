package org.countygraph.ingest;

/**
 * Why an input did not become a loaded document: the {@code reason} column of a build report.
 * The reading stages use the first ten; the build adds {@link #EXTRACT_ERROR} and
 * {@link #STORE_ERROR}.
 */
public enum Reason {
    /** No file at the path, or a symbolic link whose target is gone. */
    NOT_FOUND,
    /** The file exists but cannot be read: permissions, not a regular file, an I/O error, a file that changed while read. */
    IO_ERROR,
    /** Zero bytes, only a byte-order mark, or only white space. */
    EMPTY,
    /** Larger than the maximum file size; nothing beyond the limit was read. */
    TOO_LARGE,
    /** A document text longer than the maximum article length. */
    TOO_LONG,
    /** Binary content: an image, archive, PDF, executable, or NUL characters. */
    UNSUPPORTED_FORMAT,
    /** Bytes that are neither UTF-8 nor plausible GB18030, or not the charset a page declares; with a byte offset. */
    BAD_ENCODING,
    /** Text that decodes but carries the marks of damage done earlier: U+FFFD, {@code 锟斤拷}. */
    SUSPECT_MOJIBAKE,
    /** A JSON Lines record that is not an object with a text {@code content}, or a web page without an article body. */
    BAD_RECORD,
    /** Two inputs of one build claim the same document id. */
    DUPLICATE_ID,
    /** The extractor failed on the document. */
    EXTRACT_ERROR,
    /** The store refused the document's graphs; it holds what it held before. */
    STORE_ERROR
}
