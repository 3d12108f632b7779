package org.countygraph.bench;

/**
 * One throughput measurement: how many units (characters, triples) a task handled in how long.
 *
 * @param task    what ran, e.g. {@code countygraph} or {@code hanlp}
 * @param threads how many threads ran it
 * @param units   how many units it handled
 * @param seconds wall-clock time
 */
public record Rate(String task, int threads, long units, double seconds) {
    public Rate {
        if (threads < 1) throw new BenchException("threads must be at least 1, not " + threads);
        if (units < 0) throw new BenchException("units must not be negative: " + units);
        if (!(seconds > 0)) throw new BenchException("seconds must be positive: " + seconds);
    }

    /** Units per second. */
    public double perSecond() { return units / seconds; }
}
