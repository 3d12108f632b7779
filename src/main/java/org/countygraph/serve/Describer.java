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
 * of, those it is the object of, and the labels of every node on the other end, each as far as
 * the page's lookups read ({@link StoreView#MAX_PER_LOOKUP} triples per lookup). Read through the
 * graph API: the IRI is a node, never query text.
 */
final class Describer {
    /**
     * A description and whether it is complete.
     *
     * @param graph     the triples
     * @param truncated true when some lookup had more triples than it read
     */
    record Description(Graph graph, boolean truncated) {}

    private Describer() {}

    /** The description, with the project's prefixes; empty when the store knows nothing of the IRI. */
    static Description describe(Graph g, Node iri) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(Vocab.prefixMapping());
        Set<Node> others = new LinkedHashSet<>();
        for (Iterator<Triple> it = g.find(iri, Node.ANY, Node.ANY); it.hasNext(); ) {
            Triple t = it.next();
            out.add(t);
            if (!t.getPredicate().equals(Terms.type) && !t.getObject().isLiteral()) others.add(t.getObject());
        }
        for (Iterator<Triple> it = g.find(Node.ANY, Node.ANY, iri); it.hasNext(); ) {
            Triple t = it.next();
            out.add(t);
            others.add(t.getSubject());
        }
        for (Node n : others) {
            for (Iterator<Triple> it = g.find(n, Terms.label, Node.ANY); it.hasNext(); ) out.add(it.next());
        }
        return new Description(out, StoreView.truncated(g));
    }
}
