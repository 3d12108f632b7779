package org.countygraph.build;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.countygraph.vocab.CG;

/**
 * What a document says about the world, whatever its layout: the triples about entities and posts
 * of its article graphs, without article-local nodes (mentions, sentences, statements) and
 * without offsets. Two inputs that differ only in encoding or line ends have the same facts.
 */
final class Facts {
    private static final Set<Node> LAYOUT = Set.of(CG.startOffset, CG.endOffset, CG.confidence);

    private Facts() {}

    static Set<String> of(List<Quad> quads) {
        Set<String> out = new TreeSet<>();
        for (Quad q : quads) {
            if (isLocal(q.getSubject()) || isLocal(q.getObject()) || LAYOUT.contains(q.getPredicate())) continue;
            out.add(q.getSubject() + " " + q.getPredicate() + " " + q.getObject());
        }
        return out;
    }

    private static boolean isLocal(Node n) {
        return n.isURI() && (n.getURI().startsWith(CG.ID + "article/") || n.getURI().startsWith(CG.ID + "document/"));
    }
}
