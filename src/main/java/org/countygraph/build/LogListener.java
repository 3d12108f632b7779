package org.countygraph.build;

import java.io.PrintStream;

/** Prints one line per outcome: failures start with {@code FAILED} and name the file, the reason and any byte offset. */
final class LogListener implements BuildListener {
    private final PrintStream out;

    LogListener(PrintStream out) { this.out = out; }

    @Override
    public void outcome(Outcome o) {
        out.println(o.failed() ? "FAILED " + o.message() : o.message());
    }
}
