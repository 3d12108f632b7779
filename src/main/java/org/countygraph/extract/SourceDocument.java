package org.countygraph.extract;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A source document: one input file (or record) of news text, as decoded, with a stable identifier.
 *
 * @param id   stable identifier used in IRIs: letters, digits, {@code _ - .} only
 * @param name where it came from, for messages (a file name or path)
 * @param text the decoded text, never modified afterwards; all offsets point into it
 */
public record SourceDocument(String id, String name, String text) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.\\-]{1,120}");

    public SourceDocument {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        if (id == null || !ID.matcher(id).matches()) {
            throw new ExtractException("invalid document id '" + id + "' for " + name
                    + ": use 1-120 of A-Z a-z 0-9 _ - .");
        }
    }
}
