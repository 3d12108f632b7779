package org.countygraph.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.countygraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The endpoint's kept results never outlive a write to the TDB2 store, and a cache-less server answers alike. */
class QueryResultCacheIT {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    Path dir;

    private static void add(GraphStore s, int i) {
        Txn.executeWrite(s.dataset(), () -> s.dataset().add(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s" + i),
                NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("v" + i)));
    }

    private static String count(WebClient web) {
        HttpResponse<String> r = web.query(COUNT);
        assertEquals(200, r.statusCode(), r.body());
        return r.body().replaceAll("(?s).*\"value\"\\s*:\\s*\"(\\d+)\".*", "$1");
    }

    @Test
    void aWriteToTheStoreIsSeenByTheNextQuery() {
        try (GraphStore s = GraphStore.open(dir.resolve("store"))) {
            add(s, 1);
            try (CountyGraphServer server = CountyGraphServer.create().dataset(s.dataset()).port(0).build().start();
                 CountyGraphServer plain = CountyGraphServer.create().dataset(s.dataset()).port(0).resultCache(false).build().start()) {
                WebClient web = new WebClient(server.url());
                assertEquals("1", count(web));
                assertEquals("1", count(web));
                add(s, 2);
                assertEquals("2", count(web));
                assertEquals("2", count(new WebClient(plain.url())));
                assertEquals(web.query(COUNT).body(), new WebClient(plain.url()).query(COUNT).body());
            }
        }
    }
}
