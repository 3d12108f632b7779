package org.countygraph.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
 * Runaway queries against {@code serve} in a child JVM with a 256 MB heap, {@code
 * -XX:+ExitOnOutOfMemoryError}, a 2 s timeout and a 20 000-triple result cap (reliability plan §4
 * B4, B7, B8, B14): the work
 * really stops (the process's CPU time stops growing once the answers are in, or once the client
 * has gone), and results that would fill the heap inside the time budget are refused, so the
 * process is still alive at the end.
 */
@Timeout(180)
class RunawayQueryIT {
    private static final String COUNT_PRODUCT = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    /** CPU seconds an idle server may use in the quiet window; one runaway query alone would use about as much as the window is long. */
    private static final Duration QUIET_CPU = Duration.ofMillis(1_000);
    private static final Duration WINDOW = Duration.ofSeconds(3);

    @TempDir
    static Path dir;
    static ChildServer server;
    static WebClient web;

    @BeforeAll
    static void start() {
        Path store = dir.resolve("tdb2");
        try (GraphStore s = GraphStore.open(store)) {
            DatasetGraph dsg = s.dataset();
            String long10k = "长".repeat(10_000);
            Txn.executeWrite(dsg, () -> {
                for (int i = 0; i < 3_000; i++) {
                    Node g = NodeFactory.createURI("urn:graph:" + (i % 10));
                    dsg.add(g, NodeFactory.createURI("urn:ex:s" + i), NodeFactory.createURI("urn:ex:p" + (i % 7)),
                            NodeFactory.createLiteralString(i % 300 == 0 ? long10k + i : "o" + i));
                }
            });
        }
        server = ChildServer.start(store, List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"), List.of("--timeout", "2", "--max-result-triples", "20000"),
                dir.resolve("server.log"));
        web = new WebClient(server.url());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void aStormOfRunawayQueriesIsCutAndTheCpuGoesQuiet() {
        List<CompletableFuture<HttpResponse<String>>> storm = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            storm.add(WebClient.HTTP.sendAsync(web.request(CountyGraphServer.DATASET + "/sparql?query=" + WebClient.enc(COUNT_PRODUCT)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> f : storm) assertEquals(503, f.join().statusCode());
        assertTrue(web.ask("ASK { ?s ?p ?o }"));
        assertQuiet("after four runaway queries answered 503");
    }

    @Test
    void aQueryWhoseClientLeftStopsByTheTimeout() throws Exception {
        for (String q : List.of(COUNT_PRODUCT, "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), URI.create(server.url()).getPort())) {
                OutputStream out = s.getOutputStream();
                out.write(("GET " + CountyGraphServer.DATASET + "/sparql?query=" + WebClient.enc(q) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(300);
            }
            Thread.sleep(3_000); // the 2 s timeout, and a second for the server to notice
            assertQuiet("after the client of " + q + " left");
        }
    }

    @Test
    void groupConcatThatWouldFillTheHeapIsRefused() {
        HttpResponse<String> r = web.query("SELECT (GROUP_CONCAT(?o) AS ?x) { ?s ?p ?o . ?a ?b ?c }");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("GROUP_CONCAT"), r.body());
        HttpResponse<String> distinct = web.query("SELECT (STRLEN(GROUP_CONCAT(DISTINCT CONCAT(?o, STR(?c))))AS ?x) { ?s ?p ?o . ?a ?b ?c }");
        assertTrue(distinct.statusCode() == 400 || distinct.statusCode() == 503, distinct.statusCode() + " " + distinct.body());
        assertTrue(web.ask("ASK { ?s ?p ?o }"));
        assertTrue(server.isAlive(), "the server died:\n" + server.logTail());
        HttpResponse<String> small = web.query("SELECT (GROUP_CONCAT(?o; SEPARATOR=\",\") AS ?x) { GRAPH <urn:graph:1> { ?s <urn:ex:p1> ?o } }");
        assertEquals(200, small.statusCode(), small.body());
    }

    @Test
    void aConstructThatWouldFillTheHeapIsRefused() {
        HttpResponse<String> r = web.send(web.request(CountyGraphServer.DATASET + "/sparql?query="
                + WebClient.enc("CONSTRUCT { ?s <urn:ex:pairedWith> ?x } WHERE { ?s ?p ?o . ?x ?y ?z }")).header("Accept", "application/n-triples"));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(server.isAlive(), "the server died:\n" + server.logTail());
        assertTrue(web.ask("ASK { ?s ?p ?o }"));
    }

    /** Asserts that the server uses less than {@link #QUIET_CPU} of CPU over the next {@link #WINDOW}. */
    private static void assertQuiet(String when) {
        Duration before = server.cpu();
        try {
            Thread.sleep(WINDOW.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Duration used = server.cpu().minus(before);
        System.out.println("RunawayQueryIT: server CPU in the " + WINDOW.toSeconds() + " s " + when + ": " + used.toMillis() + " ms");
        assertTrue(used.compareTo(QUIET_CPU) < 0, "the server used " + used.toMillis() + " ms of CPU in " + WINDOW.toSeconds() + " s " + when);
    }
}
