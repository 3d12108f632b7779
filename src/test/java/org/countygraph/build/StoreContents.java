package org.countygraph.build;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.countygraph.store.GraphStore;

/** Snapshots of a store for tests: every quad, and the labels the union graph holds. */
final class StoreContents {
    private StoreContents() {}

    /** Every quad of the store, read in one transaction. */
    static Set<Quad> quads(GraphStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            Set<Quad> out = new HashSet<>();
            s.dataset().find().forEachRemaining(out::add);
            return out;
        });
    }

    /** The lexical forms of every rdfs:label in the store. */
    static Set<String> labels(GraphStore s) {
        Node label = org.countygraph.vocab.Terms.label;
        return Txn.calculateRead(s.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            s.dataset().find(Node.ANY, Node.ANY, label, Node.ANY).forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
            return out;
        });
    }

    /** A readable difference of two quad sets, for failure messages. */
    static String diff(Set<Quad> expected, Set<Quad> actual) {
        Set<String> missing = new TreeSet<>();
        Set<String> extra = new TreeSet<>();
        expected.stream().filter(q -> !actual.contains(q)).limit(20).forEach(q -> missing.add(q.toString()));
        actual.stream().filter(q -> !expected.contains(q)).limit(20).forEach(q -> extra.add(q.toString()));
        return "missing " + missing + "\nextra " + extra;
    }
}
