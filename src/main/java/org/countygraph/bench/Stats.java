package org.countygraph.bench;

import java.util.Arrays;

/** Order statistics of measured values. */
final class Stats {
    private Stats() {}

    /** The median; the mean of the two middle values for an even count. */
    static double median(double[] values) {
        if (values.length == 0) throw new BenchException("no values to take the median of");
        double[] v = values.clone();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    /** The {@code p}-th percentile (0 to 100) by the nearest-rank method. */
    static double percentile(double[] values, double p) {
        if (values.length == 0) throw new BenchException("no values to take a percentile of");
        if (p < 0 || p > 100) throw new BenchException("percentile out of range: " + p);
        double[] v = values.clone();
        Arrays.sort(v);
        int rank = (int) Math.ceil(p / 100 * v.length);
        return v[Math.max(0, rank - 1)];
    }
}
