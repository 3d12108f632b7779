package org.countygraph.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.countygraph.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The served TDB2 store under concurrent use (reliability plan §4 E6, E9): a second process cannot
 * open it while the server holds it, and readers (four, while ten batches of 1 000 commit) never
 * see part of a write transaction.
 */
@Timeout(120)
class StoreIsolationIT {
    @TempDir
    static Path dir;
    static GraphStore store;
    static CountyGraphServer server;

    @BeforeAll
    static void start() {
        store = GraphStore.open(dir.resolve("tdb2"));
        Txn.executeWrite(store.dataset(), () -> store.dataset().add(NodeFactory.createURI("urn:graph:seed"), NodeFactory.createURI("urn:ex:s"),
                NodeFactory.createURI("urn:ex:p"), NodeFactory.createLiteralString("seed")));
        server = CountyGraphServer.create().dataset(store.dataset()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    @Test
    void aSecondProcessCannotOpenTheServedStoreAndTheServerIsUnaffected() throws Exception {
        Process p = new ProcessBuilder(ChildServer.java(List.of("-XX:TieredStopAtLevel=1"), "org.countygraph.cli.Main",
                List.of("query", "--store", dir.resolve("tdb2").toString(), "ASK { ?s ?p ?o }"))).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertNotEquals(0, p.exitValue(), out);
        assertTrue(out.contains("tdb2"), "the error does not name the store: " + out);
        System.out.println("StoreIsolationIT: a second process on the store says: " + out.strip());
        Txn.executeWrite(store.dataset(), () -> store.dataset().add(NodeFactory.createURI("urn:graph:after"), NodeFactory.createURI("urn:ex:s"),
                NodeFactory.createURI("urn:ex:p"), NodeFactory.createLiteralString("after")));
        assertTrue(new WebClient(server.url()).ask("ASK { GRAPH <urn:graph:after> { ?s ?p ?o } }"));
    }

    @Test
    void readersNeverSeePartOfABatch() throws Exception {
        DatasetGraph dsg = store.dataset();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Long> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            Thread t = new Thread(() -> {
                while (writing.get()) seen.add(Txn.calculateRead(dsg, () -> dsg.stream(Node.ANY, Node.ANY, NodeFactory.createURI("urn:ex:batch"), Node.ANY).count()));
            });
            t.start();
            readers.add(t);
        }
        for (int b = 0; b < 10; b++) {
            int batch = b;
            Txn.executeWrite(dsg, () -> {
                for (int i = 0; i < 1_000; i++) {
                    dsg.add(NodeFactory.createURI("urn:graph:batch" + batch), NodeFactory.createURI("urn:ex:item" + batch + "-" + i),
                            NodeFactory.createURI("urn:ex:batch"), NodeFactory.createLiteralString(Integer.toString(batch)));
                }
            });
        }
        writing.set(false);
        for (Thread t : readers) t.join();
        assertFalse(seen.isEmpty());
        for (long n : seen) assertEquals(0, n % 1_000, "a reader saw part of a batch: " + n);
    }
}
