package org.countygraph.serve;

import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;

/**
 * The store as one page request reads it: each lookup ({@code find}) yields at most a set number
 * of triples, noting when it stopped one short ({@link #truncated()}), and every lookup fails with
 * {@link QueryCancelledException} once the request's deadline has passed. A hub entity linked from
 * a hundred thousand articles thus gives a page of its first links and a notice, not a hang.
 */
final class BoundedGraph extends GraphWrapper {
    private final int maxPerFind;
    private final long deadline;
    private boolean truncated;

    /**
     * @param base        the graph read
     * @param maxPerFind  the most triples one lookup yields
     * @param deadline    the {@link System#nanoTime()} after which lookups fail
     */
    BoundedGraph(Graph base, int maxPerFind, long deadline) {
        super(base);
        this.maxPerFind = maxPerFind;
        this.deadline = deadline;
    }

    /** True when some lookup had more triples than it yielded. */
    boolean truncated() { return truncated; }

    /** Milliseconds left before the deadline; throws when none are. */
    long remainingMillis() {
        checkDeadline();
        return Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) { return bound(get().find(s, p, o)); }

    @Override
    public ExtendedIterator<Triple> find(Triple m) { return bound(get().find(m)); }

    @Override
    public ExtendedIterator<Triple> find() { return bound(get().find()); }

    @Override
    public Stream<Triple> stream(Node s, Node p, Node o) { return Iter.asStream(find(s, p, o)); }

    @Override
    public boolean contains(Node s, Node p, Node o) {
        checkDeadline();
        return get().contains(s, p, o);
    }

    @Override
    public boolean contains(Triple t) {
        checkDeadline();
        return get().contains(t);
    }

    private void checkDeadline() {
        if (System.nanoTime() - deadline > 0) throw new QueryCancelledException();
    }

    private ExtendedIterator<Triple> bound(ExtendedIterator<Triple> base) {
        checkDeadline();
        return new NiceIterator<>() {
            private int yielded;

            @Override
            public boolean hasNext() {
                if (yielded >= maxPerFind) {
                    if (base.hasNext()) truncated = true;
                    return false;
                }
                if ((yielded & 255) == 255) checkDeadline();
                return base.hasNext();
            }

            @Override
            public Triple next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                yielded++;
                return base.next();
            }

            @Override
            public void close() { base.close(); }
        };
    }
}
