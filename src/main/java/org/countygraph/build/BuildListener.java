package org.countygraph.build;

/** Hears each {@link Outcome} of a build as it happens: the command line prints them, tests collect them. */
@FunctionalInterface
public interface BuildListener {
    /** One input or document is done. */
    void outcome(Outcome outcome);
}
