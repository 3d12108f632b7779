package org.countygraph.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.countygraph.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads of the store through the graph store protocol (reliability plan §4 G1, G3-G6): a
 * download is one snapshot while writes commit, a client that leaves ends its read transaction,
 * concurrent downloads are bounded, and what is downloaded parses back to the same data, awkward
 * literals included.
 */
@Timeout(180)
class GraphExportIT {
    private static final Node HOSTILE = NodeFactory.createURI("urn:graph:hostile");
    /** Quads of the store the long downloads read: with their padded literals, about 15 MB of N-Quads, more than socket buffers hold. */
    private static final int BULK = 50_000;

    @TempDir
    static Path dir;
    static GraphStore bulkStore;
    static DatasetGraph data, bulk;
    static CountyGraphServer server, bulkServer;
    static WebClient web, bulkWeb;

    @BeforeAll
    static void start() {
        data = BrowseFixture.dataset(true);
        Txn.executeWrite(data, () -> {
            Node s = NodeFactory.createURI("https://w3id.org/countygraph/id/org/hostile");
            Node p = NodeFactory.createURI("https://w3id.org/countygraph/ontology#text");
            for (String text : List.of("</script><script>alert(1)</script>", "\"quoted\" and 'single' and \\backslash\\", "tab\there\nnewline\rreturn",
                    "bidi \u202Egnp.exe", "zero\u200Bwidth", "emoji 🏔️ and 𠮷 (U+20BB7)", "control \u0001\u000B\u001F chars", "]]> <![CDATA[ x")) {
                data.add(HOSTILE, s, p, NodeFactory.createLiteralString(text));
            }
        });
        server = CountyGraphServer.create().dataset(data).port(0).build().start();
        web = new WebClient(server.url());
        bulkStore = GraphStore.open(dir.resolve("bulk"));
        bulk = bulkStore.dataset();
        String padding = "填".repeat(100);
        Txn.executeWrite(bulk, () -> {
            for (int i = 0; i < BULK; i++) {
                bulk.add(NodeFactory.createURI("urn:graph:" + (i % 10)), NodeFactory.createURI("urn:ex:s" + i), NodeFactory.createURI("urn:ex:p"),
                        NodeFactory.createLiteralString(padding + i));
            }
        });
        bulkServer = CountyGraphServer.create().dataset(bulk).port(0).build().start();
        bulkWeb = new WebClient(bulkServer.url());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (bulkServer != null) bulkServer.close();
        if (bulkStore != null) bulkStore.close();
    }

    private static HttpResponse<String> dump(WebClient c, String accept) {
        return c.send(c.request(CountyGraphServer.DATASET + "/get").header("Accept", accept));
    }

    @Test
    void aDownloadIsOneSnapshotWhileBatchesCommit() {
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger batches = new AtomicInteger();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            while (writing.get() && batches.get() < 30) {
                int b = batches.getAndIncrement();
                Txn.executeWrite(data, () -> {
                    for (int i = 0; i < 1_000; i++) {
                        data.add(NodeFactory.createURI("urn:graph:batch" + b), NodeFactory.createURI("urn:ex:batch" + b + "-" + i),
                                NodeFactory.createURI("urn:ex:n"), NodeFactory.createLiteralString(Integer.toString(i)));
                    }
                });
            }
        });
        try {
            for (int k = 0; k < 3; k++) {
                HttpResponse<String> r = dump(web, "application/n-quads");
                assertEquals(200, r.statusCode());
                DatasetGraph copy = RDFParser.fromString(r.body(), Lang.NQUADS).toDatasetGraph();
                long batchQuads = copy.stream().filter(q -> q.getGraph().getURI().startsWith("urn:graph:batch")).count();
                assertEquals(0, batchQuads % 1_000, "a download saw part of a batch: " + batchQuads);
            }
        } finally {
            writing.set(false);
            writer.join();
            Txn.executeWrite(data, () -> {
                for (int b = 0; b < batches.get(); b++) data.removeGraph(NodeFactory.createURI("urn:graph:batch" + b));
            });
        }
    }

    @Test
    void aClientThatLeavesMidDownloadEndsItsReadTransaction() throws Exception {
        HttpResponse<InputStream> r = WebClient.HTTP.send(bulkWeb.request(CountyGraphServer.DATASET + "/get").header("Accept", "application/n-quads").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        try (InputStream in = r.body()) {
            assertEquals(65_536, in.readNBytes(65_536).length);
        }
        var coordinator = TDBInternal.getTransactionCoordinator(bulk);
        for (int i = 0; i < 300 && coordinator.countActive() > 0; i++) Thread.sleep(100);
        assertEquals(0, coordinator.countActive(), "a transaction is still open after the client left");
        Txn.executeWrite(bulk, () -> bulk.add(NodeFactory.createURI("urn:graph:after"), NodeFactory.createURI("urn:ex:after"),
                NodeFactory.createURI("urn:ex:p"), NodeFactory.createLiteralString("after")));
        for (int i = 0; i < 2; i++) {
            assertEquals(200, bulkWeb.send(bulkWeb.request(CountyGraphServer.DATASET + "/get?graph=urn:graph:after")).statusCode(),
                    "the download permit was not given back");
        }
    }

    @Test
    void concurrentDownloadsAreBoundedAndQueriesGoOn() throws Exception {
        long expected = SecureFixture.size(bulk);
        List<CompletableFuture<HttpResponse<InputStream>>> downloads = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            downloads.add(WebClient.HTTP.sendAsync(bulkWeb.request(CountyGraphServer.DATASET + "/get").header("Accept", "application/n-quads").build(),
                    HttpResponse.BodyHandlers.ofInputStream()));
        }
        assertTrue(bulkWeb.ask("ASK { ?s ?p ?o }"));
        int ok = 0, busy = 0;
        for (CompletableFuture<HttpResponse<InputStream>> f : downloads) {
            HttpResponse<InputStream> r = f.join();
            try (InputStream in = r.body()) {
                if (r.statusCode() == 503) {
                    busy++;
                    assertTrue(r.headers().firstValue("Retry-After").isPresent());
                } else {
                    assertEquals(200, r.statusCode());
                    StreamRDFCounter counter = new StreamRDFCounter();
                    RDFParser.source(in).lang(Lang.NQUADS).parse(counter);
                    assertEquals(expected, counter.count());
                    ok++;
                }
            }
        }
        assertTrue(ok >= 1 && busy >= 1, ok + " downloads served, " + busy + " refused");
    }

    /** Counts the quads and triples parsed. */
    private static final class StreamRDFCounter extends org.apache.jena.riot.system.StreamRDFBase {
        private long n;

        @Override public void triple(org.apache.jena.graph.Triple t) { n++; }

        @Override public void quad(org.apache.jena.sparql.core.Quad q) { n++; }

        long count() { return n; }
    }

    @Test
    void theStoreRoundTripsThroughNQuadsAndTrig() {
        for (String[] f : new String[][] {{"application/n-quads", "NQUADS"}, {"application/trig", "TRIG"}}) {
            HttpResponse<String> r = dump(web, f[0]);
            assertEquals(200, r.statusCode());
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            RDFParser.fromString(r.body(), f[1].equals("TRIG") ? Lang.TRIG : Lang.NQUADS).parse(copy);
            assertTrue(Txn.calculateRead(data, () -> IsoMatcher.isomorphic(data, copy)), f[0] + " does not round-trip");
        }
    }

    @Test
    void awkwardLiteralsParseBackInEveryFormat() {
        Graph original = Txn.calculateRead(data, () -> copy(data.getGraph(HOSTILE)));
        for (String[] f : new String[][] {{"application/n-triples", "NTRIPLES"}, {"text/turtle", "TURTLE"}, {"application/ld+json", "JSONLD"},
                {"application/rdf+xml", "RDFXML"}}) {
            HttpResponse<String> r = web.send(web.request(CountyGraphServer.DATASET + "/get?graph=" + WebClient.enc(HOSTILE.getURI())).header("Accept", f[0]));
            if (f[1].equals("RDFXML")) {
                // XML 1.0 cannot carry U+0001: Jena's writer refuses, and so the server, rather than send broken XML
                assertEquals(406, r.statusCode(), r.body());
                assertTrue(r.body().contains("cannot encode"), r.body());
                continue;
            }
            assertEquals(200, r.statusCode(), f[0] + ": " + r.body());
            Graph back = RDFParser.fromString(r.body(), langOf(f[1])).toGraph();
            assertTrue(back.isIsomorphicWith(original), f[0] + " changed the literals:\n" + r.body());
        }
    }

    private static Graph copy(Graph g) {
        Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }

    private static Lang langOf(String name) {
        return switch (name) {
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.RDFXML;
        };
    }
}
