package org.countygraph.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;

/**
 * An in-memory graph that holds at most a set number of triples: adding one more throws
 * {@link ResultTooLargeException}, so that a result is refused before it can exhaust the heap.
 */
final class CappedGraph extends GraphWrapper {
    private final long max;
    private final String what;

    /**
     * @param max  the most triples
     * @param what what is being collected, for the message (e.g. "DESCRIBE")
     */
    CappedGraph(long max, String what) {
        super(GraphFactory.createDefaultGraph());
        this.max = max;
        this.what = what;
    }

    @Override
    public void add(Triple t) {
        Graph g = get();
        g.add(t);
        if (g.size() > max) throw tooLarge(what, max);
    }

    static ResultTooLargeException tooLarge(String what, long max) {
        return new ResultTooLargeException("Result too large: the " + what + " has more than " + max
                + " triples, this server's cap. Add a LIMIT or narrow the pattern.");
    }
}
