package org.countygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.countygraph.rdf.ArticleGraphWriter;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.Terms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store keeps an entity's names once, in the names graph, for as long as some article mentions it. */
class GraphStoreTest {
    @TempDir
    Path tmp;

    private static final Node SHARED = NodeFactory.createURI("https://w3id.org/countygraph/id/enterprise/甲乙机械");
    private static final Node ONLY_IN_A = NodeFactory.createURI("https://w3id.org/countygraph/id/enterprise/丙丁纺织");
    private static final Node ONLY_IN_B = NodeFactory.createURI("https://w3id.org/countygraph/id/enterprise/戊己陶瓷");

    private static Node iri(String s) { return NodeFactory.createURI("https://w3id.org/countygraph/id/" + s); }

    /** A document with one article graph that mentions {@code entities}, and their names in the names graph. */
    private static GraphStore.DocumentWrite document(String id, Node... entities) {
        Node doc = iri("document/" + id);
        Node article = iri("document/" + id + "/article/1");
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(article, article, Terms.type, CG.Article));
        for (Node e : entities) {
            quads.add(Quad.create(article, article, CG.mentions, e));
            quads.add(Quad.create(article, e, Terms.type, CG.Enterprise));
            quads.add(Quad.create(ArticleGraphWriter.NAMES, e, Terms.label, NodeFactory.createLiteralLang(e.getURI().substring(e.getURI().lastIndexOf('/') + 1), "zh")));
        }
        List<Triple> registry = List.of(Triple.create(doc, CG.documentId, NodeFactory.createLiteralString(id)),
                Triple.create(doc, CG.hasArticle, article));
        return new GraphStore.DocumentWrite(doc, registry, quads);
    }

    private static boolean named(GraphStore s, Node e) {
        return org.apache.jena.system.Txn.calculateRead(s.dataset(),
                () -> s.dataset().find(ArticleGraphWriter.NAMES, e, Terms.label, Node.ANY).hasNext());
    }

    @Test
    void namesLeaveWithTheLastArticleThatMentionsTheirEntity() {
        try (GraphStore s = GraphStore.open(tmp.resolve("tdb2"))) {
            s.replaceDocuments(List.of(document("a", SHARED, ONLY_IN_A), document("b", SHARED, ONLY_IN_B)));
            assertTrue(named(s, SHARED) && named(s, ONLY_IN_A) && named(s, ONLY_IN_B));

            var a = document("a", SHARED);
            s.replaceDocument(a.documentIri(), a.registry(), a.quads());
            assertFalse(named(s, ONLY_IN_A), "a new version of a document that no longer names an entity drops its names");
            assertTrue(named(s, SHARED));

            assertTrue(s.removeDocument(iri("document/b")));
            assertFalse(named(s, ONLY_IN_B), "removing the only document that named it drops its names");
            assertTrue(named(s, SHARED), "still named by document a");

            assertTrue(s.removeDocument(iri("document/a")));
            assertFalse(named(s, SHARED));
            assertEquals(0, s.size(), "nothing is left of the two documents");
        }
    }

    @Test
    void anEntityNamedAgainInTheSameTransactionKeepsItsNames() {
        try (GraphStore s = GraphStore.open(tmp.resolve("tdb2"))) {
            s.replaceDocuments(List.of(document("a", ONLY_IN_A)));
            s.replaceDocuments(List.of(document("a", SHARED), document("b", ONLY_IN_A)));
            assertTrue(named(s, ONLY_IN_A), "dropped with a's old version but named by b in the same batch");
            assertTrue(named(s, SHARED));
        }
    }
}
