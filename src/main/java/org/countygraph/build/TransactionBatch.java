package org.countygraph.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.countygraph.build.GraphBuild.DocumentGraphs;
import org.countygraph.store.GraphStore;

/**
 * Documents waiting to be written to a store, several to a write transaction
 * ({@link GraphStore#replaceDocuments}): each document is still replaced whole or not at all.
 *
 * <p>TDB2 copies every index block a transaction touches, so a transaction per document copies
 * much the same blocks again and again (a build ran at a quarter of Jena's bulk loader that way).
 * A batch is committed when it holds {@value #MAX_QUADS} quads, when a document arrives after
 * its oldest one has waited {@link #MAX_WAIT}, or on {@link #commit()}. The first batches are small, 1, 2, 4...
 * documents, so that a build reports its first documents at once and a crash early in a build
 * loses little. When a batch's transaction fails, its documents are written again one per
 * transaction, so that only the one at fault fails.
 *
 * <p>Each document comes with a callback told, once, how its write ended: {@code null} when
 * committed, else the exception. Not thread-safe.
 */
public final class TransactionBatch {
    /** Quads (with registry triples) that make a batch full. */
    public static final long MAX_QUADS = 200_000;
    /** How long the oldest document of a batch waits for documents after it, checked as each arrives. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(10);

    private record Waiting(DocumentGraphs graphs, Consumer<RuntimeException> done) {}

    private final GraphStore store;
    private final LongSupplier clock;
    private final List<Waiting> waiting = new ArrayList<>();
    private long quads;
    private long oldest;
    private int maxDocuments = 1;

    /** A batch writing to {@code store}. */
    public TransactionBatch(GraphStore store) { this(store, System::nanoTime); }

    TransactionBatch(GraphStore store, LongSupplier clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Queues a document's new graphs, committing the batch if that fills it; {@code done} hears how the write ended. */
    public void add(DocumentGraphs graphs, Consumer<RuntimeException> done) {
        if (waiting.isEmpty()) oldest = clock.getAsLong();
        waiting.add(new Waiting(Objects.requireNonNull(graphs, "graphs"), Objects.requireNonNull(done, "done")));
        quads += graphs.quads().size() + graphs.registry().size();
        if (quads >= MAX_QUADS || waiting.size() >= maxDocuments || clock.getAsLong() - oldest >= MAX_WAIT.toNanos()) commit();
    }

    /** The number of documents waiting for a commit. */
    public int waiting() { return waiting.size(); }

    /** Writes every waiting document now; a no-op when none waits. */
    public void commit() {
        if (waiting.isEmpty()) return;
        List<Waiting> batch = List.copyOf(waiting);
        waiting.clear();
        quads = 0;
        maxDocuments = maxDocuments >= Integer.MAX_VALUE / 2 ? maxDocuments : maxDocuments * 2;
        RuntimeException failure = null;
        try {
            store.replaceDocuments(batch.stream().map(w -> new GraphStore.DocumentWrite(
                    w.graphs().documentIri(), w.graphs().registry(), w.graphs().quads())).toList());
        } catch (RuntimeException e) {
            failure = e;
        }
        if (failure == null) {
            batch.forEach(w -> w.done().accept(null));
        } else if (batch.size() == 1) {
            batch.get(0).done().accept(failure);
        } else {
            for (Waiting w : batch) w.done().accept(alone(w.graphs()));
        }
    }

    private RuntimeException alone(DocumentGraphs d) {
        try {
            store.replaceDocument(d.documentIri(), d.registry(), d.quads());
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
