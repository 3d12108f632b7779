package org.countygraph.serve;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.countygraph.vocab.Terms;
import org.countygraph.vocab.Vocab;

/**
 * The RDF description of an entity that {@code /data/...} serves: the triples it is the subject
 * of, those it is the object of (at most {@value #MAX_INCOMING}), and the labels of every node on
 * the other end. Read through the graph API: the IRI is a node, never query text.
 */
final class Describer {
    static final int MAX_INCOMING = 10_000;

    private Describer() {}

    /** The description, with the project's prefixes; empty when the store knows nothing of the IRI. */
    static Graph describe(Graph g, Node iri) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(Vocab.prefixMapping());
        Set<Node> others = new LinkedHashSet<>();
        for (Iterator<Triple> it = g.find(iri, Node.ANY, Node.ANY); it.hasNext(); ) {
            Triple t = it.next();
            out.add(t);
            if (!t.getPredicate().equals(Terms.type) && !t.getObject().isLiteral()) others.add(t.getObject());
        }
        int incoming = 0;
        for (Iterator<Triple> it = g.find(Node.ANY, Node.ANY, iri); it.hasNext() && incoming < MAX_INCOMING; incoming++) {
            Triple t = it.next();
            out.add(t);
            others.add(t.getSubject());
        }
        for (Node n : others) {
            for (Iterator<Triple> it = g.find(n, Terms.label, Node.ANY); it.hasNext(); ) out.add(it.next());
        }
        return out;
    }
}
