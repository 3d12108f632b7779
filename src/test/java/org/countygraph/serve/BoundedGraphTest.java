package org.countygraph.serve;

import static org.junit.jupiter.api.Assertions.*;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class BoundedGraphTest {
    private static final Node HUB = NodeFactory.createURI("urn:ex:hub");
    private static final Node P = NodeFactory.createURI("urn:ex:p");

    private static Graph hub(int links) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < links; i++) g.add(NodeFactory.createURI("urn:ex:s" + i), P, HUB);
        return g;
    }

    private static long farFuture() { return System.nanoTime() + 60_000_000_000L; }

    @Test
    void aLookupYieldsAtMostTheCapAndSaysItWasCut() {
        BoundedGraph g = new BoundedGraph(hub(30), 10, farFuture());
        assertEquals(10, g.find(Node.ANY, P, HUB).toList().size());
        assertTrue(g.truncated());
    }

    @Test
    void aLookupWithinTheCapIsWholeAndNotMarked() {
        BoundedGraph g = new BoundedGraph(hub(10), 10, farFuture());
        assertEquals(10, g.find(Node.ANY, P, HUB).toList().size());
        assertEquals(1, g.find(NodeFactory.createURI("urn:ex:s3"), Node.ANY, Node.ANY).toList().size());
        assertFalse(g.truncated());
    }

    @Test
    void lookupsFailOnceTheDeadlineHasPassed() {
        BoundedGraph g = new BoundedGraph(hub(10), 10, System.nanoTime() - 1);
        assertThrows(QueryCancelledException.class, () -> g.find(Node.ANY, P, HUB));
        assertThrows(QueryCancelledException.class, () -> g.contains(Node.ANY, P, HUB));
        assertThrows(QueryCancelledException.class, g::remainingMillis);
    }

    @Test
    void selectOverABoundedGraphCountsEverythingWithinTheBudget() {
        BoundedGraph g = new BoundedGraph(hub(30), 10, farFuture());
        var rows = StoreView.select(g, StoreView.template("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), java.util.Map.of());
        assertEquals(30, Integer.parseInt(rows.get(0).get("n").getLiteralLexicalForm()), "SPARQL must not see the per-lookup cap");
    }
}
