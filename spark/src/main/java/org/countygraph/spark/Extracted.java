package org.countygraph.spark;

import java.io.Serializable;

/**
 * What the job made of one document (or one input it could not read): its report row and its quads.
 *
 * @param id       the document id
 * @param source   where it came from
 * @param ok       true when extracted
 * @param reason   for a failure, its {@link org.countygraph.ingest.Reason} name; null when ok
 * @param message  for a failure, what went wrong; null when ok
 * @param articles the articles found (0 for a failure)
 * @param quads    the quads written (0 for a failure)
 * @param chars    the characters of the document's text (0 for a failure)
 * @param nquads   the document's quads as N-Quads lines, without a final newline; empty for a failure
 */
record Extracted(String id, String source, boolean ok, String reason, String message, int articles, int quads, int chars, String nquads)
        implements Serializable {

    /** The columns of {@link #reportRow()}. */
    static final String REPORT_HEADER = "document\tsource\tstatus\treason\tarticles\tquads\tmessage";

    static Extracted failed(String id, String source, String reason, String message) {
        return new Extracted(id, source, false, reason, message, 0, 0, 0, "");
    }

    /** The report's row: tab-separated as {@link #REPORT_HEADER}, status {@code ok} or {@code FAILED}. */
    String reportRow() {
        return String.join("\t", clean(id), clean(source), ok ? "ok" : "FAILED", ok ? "" : clean(reason),
                Integer.toString(articles), Integer.toString(quads), ok ? "" : clean(message));
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
