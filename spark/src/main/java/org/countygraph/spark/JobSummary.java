package org.countygraph.spark;

import java.io.Serializable;

/**
 * The totals of one run of the job: documents extracted and failed, their articles and quads.
 *
 * @param ok       documents extracted
 * @param failed   documents (or inputs) that failed
 * @param articles articles found
 * @param quads    quads written
 * @param chars    characters of the extracted documents' texts
 */
record JobSummary(long ok, long failed, long articles, long quads, long chars) implements Serializable {
    static final JobSummary ZERO = new JobSummary(0, 0, 0, 0, 0);

    static JobSummary of(Extracted x) {
        return new JobSummary(x.ok() ? 1 : 0, x.ok() ? 0 : 1, x.articles(), x.quads(), x.chars());
    }

    JobSummary plus(JobSummary o) {
        return new JobSummary(ok + o.ok, failed + o.failed, articles + o.articles, quads + o.quads, chars + o.chars);
    }

    @Override
    public String toString() {
        return String.format("%,d documents extracted, %,d failed; %,d characters, %,d articles, %,d quads", ok, failed, chars, articles, quads);
    }
}
