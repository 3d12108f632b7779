package org.countygraph.ingest;

import org.countygraph.CountyGraphException;

/**
 * How much input one document may bring: the limits a build enforces before reading and before
 * extracting.
 *
 * @param maxFileBytes     the largest input file read, in bytes; a larger one is {@link Reason#TOO_LARGE}
 *                         and nothing past the limit is read. Defaults to 32 MiB.
 * @param maxArticleChars  the longest document text handed to the extractor, in chars (a text file,
 *                         a web page's article, one JSON Lines record); a longer one is
 *                         {@link Reason#TOO_LONG}. Defaults to 200,000 (the longest government work report has 57,000).
 */
public record InputLimits(long maxFileBytes, int maxArticleChars) {
    /**
     * 32 MiB files, 200,000 chars per document: a generated 400,000-char article took a minute to
     * extract, and extraction time grows faster than the length.
     */
    public static final InputLimits DEFAULT = new InputLimits(32L << 20, 200_000);

    public InputLimits {
        if (maxFileBytes < 1) throw new CountyGraphException("maximum file size must be at least 1 byte, not " + maxFileBytes);
        if (maxArticleChars < 1) throw new CountyGraphException("maximum article length must be at least 1 char, not " + maxArticleChars);
    }

    public InputLimits withMaxFileBytes(long bytes) { return new InputLimits(bytes, maxArticleChars); }

    public InputLimits withMaxArticleChars(int chars) { return new InputLimits(maxFileBytes, chars); }
}
