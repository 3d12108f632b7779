package org.countygraph.bench;

/**
 * Latencies of a run of requests, in milliseconds.
 *
 * @param count  how many requests
 * @param median the median
 * @param p99    the 99th percentile (nearest rank)
 * @param max    the slowest
 */
public record Latency(int count, double median, double p99, double max) {
    /** The latencies of the given times in milliseconds. */
    static Latency of(double[] millis) {
        double max = 0;
        for (double m : millis) max = Math.max(max, m);
        return new Latency(millis.length, Stats.median(millis), Stats.percentile(millis, 99), max);
    }
}
