package org.countygraph.bench;

import java.io.PrintStream;

/** Where a benchmark says what it is doing as it goes: one line each, on standard error by default. */
@FunctionalInterface
interface Progress {
    void say(String line);

    /** Prints each line to {@code out}, with the time since start. */
    static Progress to(PrintStream out) {
        long start = System.nanoTime();
        return line -> out.printf("[%5.0f s] %s%n", (System.nanoTime() - start) / 1e9, line);
    }
}
