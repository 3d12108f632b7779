package org.countygraph.build;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Outcomes of a build pass handed on in input order, though a loaded document's outcome is known
 * only once its batch commits ({@link TransactionBatch}): outcomes after a reserved place wait
 * for it to be filled. Not thread-safe.
 */
final class OutcomeQueue {
    /** A reserved place in the order, filled once its outcome is known. */
    final class Place {
        private Outcome outcome;

        /** Sets this place's outcome and hands on every outcome now ready. */
        void fill(Outcome o) {
            if (outcome != null) throw new IllegalStateException("place already filled with " + outcome.message() + ", not " + o.message());
            outcome = Objects.requireNonNull(o, "outcome");
            drain();
        }
    }

    private final Consumer<Outcome> out;
    private final ArrayDeque<Place> places = new ArrayDeque<>();

    /** A queue handing outcomes on to {@code out}. */
    OutcomeQueue(Consumer<Outcome> out) { this.out = Objects.requireNonNull(out, "out"); }

    /** Reserves the next place in the order. */
    Place reserve() {
        Place p = new Place();
        places.add(p);
        return p;
    }

    /** Hands {@code o} on now, or once every place before it is filled. */
    void add(Outcome o) {
        if (places.isEmpty()) out.accept(o);
        else reserve().fill(o);
    }

    private void drain() {
        while (!places.isEmpty() && places.peek().outcome != null) out.accept(places.poll().outcome);
    }
}
