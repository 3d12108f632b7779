package org.countygraph.build;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.countygraph.build.GraphBuild.DocumentGraphs;
import org.countygraph.store.GraphStore;
import org.countygraph.vocab.CG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents written several to a transaction: when batches commit, and a failing document failing alone. */
class TransactionBatchIT {
    @TempDir
    Path dir;

    private static DocumentGraphs doc(String id, int quads, boolean broken) {
        Node iri = NodeFactory.createURI("https://example.org/doc/" + id);
        Node article = NodeFactory.createURI("https://example.org/doc/" + id + "/1");
        List<Quad> qs = new ArrayList<>();
        for (int i = 0; i < quads; i++) {
            qs.add(Quad.create(broken && i == 0 ? Quad.defaultGraphIRI : article, article,
                    NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString(id + " " + i)));
        }
        List<Triple> reg = List.of(Triple.create(iri, CG.documentId, NodeFactory.createLiteralString(id)),
                Triple.create(iri, CG.hasArticle, article));
        return new DocumentGraphs(id, iri, 1, reg, qs);
    }

    @Test
    void batchesGrowOneTwoFourAndEveryDocumentHearsItsCommit() {
        try (GraphStore s = GraphStore.open(dir.resolve("store"))) {
            TransactionBatch batch = new TransactionBatch(s, () -> 0);
            List<String> committed = new ArrayList<>();
            List<Integer> waitingAfter = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String id = "d" + i;
                batch.add(doc(id, 3, false), e -> {
                    assertNull(e);
                    committed.add(id);
                });
                waitingAfter.add(batch.waiting());
            }
            assertEquals(List.of(0, 1, 0, 1, 2, 3, 0, 1), waitingAfter);
            assertEquals(7, s.registry().size(), "a waiting document is not in the store");
            batch.commit();
            assertEquals(List.of("d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7"), committed);
            assertEquals(8, s.registry().size());
            assertEquals(8 * 3 + 8 * 2, s.size());
        }
    }

    @Test
    void aDocumentTheStoreRefusesFailsAloneAndTheOthersAreLoaded() {
        try (GraphStore s = GraphStore.open(dir.resolve("store"))) {
            TransactionBatch batch = new TransactionBatch(s, () -> 0);
            Map<String, RuntimeException> failures = new java.util.TreeMap<>();
            List<String> ok = new ArrayList<>();
            batch.add(doc("first", 2, false), e -> assertNull(e)); // a batch of one commits at once
            for (String id : List.of("a", "bad", "c")) {
                batch.add(doc(id, 2, id.equals("bad")), e -> {
                    if (e == null) ok.add(id);
                    else failures.put(id, e);
                });
            }
            batch.commit();
            assertEquals(List.of("a", "c"), ok);
            assertEquals(List.of("bad"), List.copyOf(failures.keySet()));
            assertTrue(failures.get("bad").getMessage().contains("outside a named graph"), failures.get("bad").getMessage());
            assertEquals(java.util.Set.of("first", "a", "c"), s.registry().keySet());
        }
    }

    @Test
    void aBatchCommitsWhenItsOldestDocumentHasWaitedTooLong() {
        try (GraphStore s = GraphStore.open(dir.resolve("store"))) {
            long[] now = {0};
            TransactionBatch batch = new TransactionBatch(s, () -> now[0]);
            for (int i = 0; i < 3; i++) batch.add(doc("d" + i, 1, false), e -> {}); // commits 1, then 2
            batch.add(doc("d3", 1, false), e -> {});
            assertEquals(1, batch.waiting());
            now[0] = TransactionBatch.MAX_WAIT.toNanos();
            batch.add(doc("d4", 1, false), e -> {});
            assertEquals(0, batch.waiting(), "the oldest waited " + TransactionBatch.MAX_WAIT);
        }
    }

    @Test
    void aFullBatchCommitsWhateverItsCount() {
        try (GraphStore s = GraphStore.open(dir.resolve("store"))) {
            TransactionBatch batch = new TransactionBatch(s, () -> 0);
            for (int i = 0; i < 3; i++) batch.add(doc("d" + i, 1, false), e -> {});
            batch.add(doc("big", (int) TransactionBatch.MAX_QUADS, false), e -> {});
            assertEquals(0, batch.waiting());
        }
    }
}
