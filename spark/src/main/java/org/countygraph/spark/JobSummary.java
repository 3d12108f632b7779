package org.countygraph.spark;

import java.io.Serializable;

/**
 * The totals of one run of the job: documents extracted and failed, their articles and quads.
 *
 * @param ok       documents extracted
 * @param failed   documents (or inputs) that failed
 * @param articles articles found
 * @param quads    quads written
 */
record JobSummary(long ok, long failed, long articles, long quads) implements Serializable {
    static final JobSummary ZERO = new JobSummary(0, 0, 0, 0);

    static JobSummary of(Extracted x) {
        return new JobSummary(x.ok() ? 1 : 0, x.ok() ? 0 : 1, x.articles(), x.quads());
    }

    JobSummary plus(JobSummary o) {
        return new JobSummary(ok + o.ok, failed + o.failed, articles + o.articles, quads + o.quads);
    }

    @Override
    public String toString() {
        return String.format("%,d documents extracted, %,d failed; %,d articles, %,d quads", ok, failed, articles, quads);
    }
}
