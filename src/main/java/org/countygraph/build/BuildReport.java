package org.countygraph.build;

import java.util.List;

/** What a build (or an {@code add}, or a {@code remove}) did: one {@link Outcome} per input or document. */
public record BuildReport(List<Outcome> outcomes) {
    public BuildReport {
        outcomes = List.copyOf(outcomes);
    }

    /** Documents in the store after the build among those it read: loaded or unchanged. */
    public int documents() { return (int) outcomes.stream().filter(o -> isPresent(o.status())).count(); }

    public int articles() { return outcomes.stream().filter(o -> isPresent(o.status())).mapToInt(Outcome::articles).sum(); }

    public long quads() { return outcomes.stream().filter(o -> isPresent(o.status())).mapToLong(Outcome::quads).sum(); }

    /** How many outcomes have this status. */
    public int count(Outcome.Status status) { return (int) outcomes.stream().filter(o -> o.status() == status).count(); }

    /** The one-line messages of the failures. */
    public List<String> failures() { return outcomes.stream().filter(Outcome::failed).map(Outcome::message).toList(); }

    /** True when nothing failed. */
    public boolean ok() { return outcomes.stream().noneMatch(Outcome::failed); }

    private static boolean isPresent(Outcome.Status s) {
        return s == Outcome.Status.LOADED || s == Outcome.Status.UNCHANGED;
    }
}
