package org.countygraph.serve;

import static org.countygraph.serve.SecureFixture.ADMIN_PASSWORD;
import static org.countygraph.serve.SecureFixture.UPDATE;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.countygraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test (reliability plan §6, §4 E1, E2): {@code serve} with updates on runs in a child
 * JVM while two clients write, one small acknowledged insert after another and one big insert
 * ({@value #BIG} triples, one transaction) after another with a pause between; the JVM is killed
 * with SIGKILL at a random moment, ten times. After every restart: every insert acknowledged with
 * 2xx is there, at most one unacknowledged small insert per kill is there, every big graph is
 * absent or whole, a full scan succeeds and the store takes a new write. At the end the store is
 * compacted and scanned again. The lock file is never touched.
 */
@Timeout(600)
class CrashIT {
    static final int KILLS = 10;
    static final int BIG = 1_000;
    private static final String FULL_SCAN = "SELECT (COUNT(*) AS ?n) { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }";

    @TempDir
    Path dir;

    private final Set<String> acked = ConcurrentHashMap.newKeySet();
    private final Set<String> sent = ConcurrentHashMap.newKeySet();
    private final Set<String> ackedBig = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicBoolean bigInFlight = new java.util.concurrent.atomic.AtomicBoolean();
    private int bigInFlightAtKill;

    @Test
    void everyAcknowledgedWriteSurvivesTenKills() throws Exception {
        Path store = dir.resolve("tdb2");
        try (GraphStore s = GraphStore.open(store)) {
            Txn.executeWrite(s.dataset(), () -> s.dataset().add(NodeFactory.createURI("urn:graph:seed"), NodeFactory.createURI("urn:ex:seed"),
                    NodeFactory.createURI("urn:ex:p"), NodeFactory.createLiteralString("seed")));
        }
        Path passwords = SecureFixture.passwordFile(dir);
        Random random = new Random(20261127);
        List<String> jvm = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        List<String> serve = List.of("--update-password-file", passwords.toString());
        for (int round = 1; round <= KILLS; round++) {
            ChildServer server = ChildServer.start(store, jvm, serve, dir.resolve("server.log"));
            WebClient web = new WebClient(server.url());
            verify(web, round - 1);
            Thread small = new Thread(() -> writeSmall(web), "small-writer");
            Thread big = new Thread(() -> writeBig(web), "big-writer");
            small.start();
            big.start();
            Thread.sleep(1_000 + random.nextInt(2_000));
            if (bigInFlight.get()) bigInFlightAtKill++;
            server.kill();
            small.join();
            big.join();
        }
        ChildServer last = ChildServer.start(store, jvm, serve, dir.resolve("server.log"));
        long quads;
        try {
            quads = verify(new WebClient(last.url()), KILLS);
        } finally {
            last.kill();
        }
        compactAndScan(store, quads);
        System.out.printf("CrashIT: %d kills; %d small and %d big (%d triples each) inserts acknowledged; a big insert was in flight at %d kills%n",
                KILLS, acked.size(), ackedBig.size(), BIG, bigInFlightAtKill);
        assertTrue(acked.size() > KILLS, "too few writes to mean anything: " + acked.size());
    }

    /** Small inserts, one after another, each acknowledged before the next; the id is recorded as sent before and as acknowledged after. */
    private void writeSmall(WebClient web) {
        for (int n = 0; ; n++) {
            String id = Thread.currentThread().getId() + "-" + System.nanoTime() + "-" + n;
            sent.add(id);
            try {
                HttpResponse<String> r = web.update(UPDATE, "INSERT DATA { GRAPH <urn:crash:small> { <urn:crash:" + id + "> <urn:crash:id> \"" + id + "\" } }",
                        "admin", ADMIN_PASSWORD);
                if (r.statusCode() != 204) throw new AssertionError("small insert answered " + r.statusCode() + ": " + r.body());
                acked.add(id);
            } catch (java.io.UncheckedIOException e) {
                return; // the server is gone
            }
        }
    }

    /** Big inserts into a new graph each, one after another. */
    private void writeBig(WebClient web) {
        for (int n = 0; ; n++) {
            String graph = "urn:crash:big-" + System.nanoTime() + "-" + n;
            StringBuilder sb = new StringBuilder("INSERT DATA { GRAPH <").append(graph).append("> {\n");
            for (int i = 0; i < BIG; i++) sb.append("<urn:crash:b").append(i).append("> <urn:crash:n> ").append(i).append(" .\n");
            sb.append("} }");
            try {
                bigInFlight.set(true);
                HttpResponse<String> r = web.update(UPDATE, sb.toString(), "admin", ADMIN_PASSWORD);
                if (r.statusCode() != 204) throw new AssertionError("big insert answered " + r.statusCode() + ": " + r.body());
                ackedBig.add(graph);
                bigInFlight.set(false);
                Thread.sleep(200); // leave the single writer slot to the small inserts now and then
            } catch (java.io.UncheckedIOException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Checks the store after a restart and returns how many quads it holds after the probe write. */
    private long verify(WebClient web, int kills) {
        Set<String> present = new HashSet<>();
        for (QuerySolution row : select(web, "SELECT ?id { GRAPH <urn:crash:small> { ?s <urn:crash:id> ?id } }")) present.add(row.getLiteral("id").getString());
        Set<String> lost = new HashSet<>(acked);
        lost.removeAll(present);
        assertTrue(lost.isEmpty(), "acknowledged inserts lost after " + kills + " kills: " + lost);
        Set<String> unacked = new HashSet<>(present);
        unacked.removeAll(acked);
        assertTrue(sent.containsAll(unacked), "inserts present that were never sent: " + unacked);
        assertTrue(unacked.size() <= kills, unacked.size() + " unacknowledged inserts present after " + kills + " kills");

        Map<String, Long> big = new HashMap<>();
        for (QuerySolution row : select(web, "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"urn:crash:big-\")) } GROUP BY ?g")) {
            big.put(row.getResource("g").getURI(), row.getLiteral("n").getLong());
        }
        big.forEach((g, n) -> assertEquals(BIG, n, "a big insert is partly there: " + g));
        assertTrue(big.keySet().containsAll(ackedBig), "acknowledged big inserts lost after " + kills + " kills");

        long quads = 1 + present.size() + (long) BIG * big.size() + kills; // the seed, the inserts, a probe per earlier restart
        assertEquals(quads, web.count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
        assertTrue(web.count(FULL_SCAN) >= quads);
        HttpResponse<String> write = web.update(UPDATE, "INSERT DATA { GRAPH <urn:crash:probe> { <urn:crash:probe> <urn:crash:after> " + kills + " } }",
                "admin", ADMIN_PASSWORD);
        assertEquals(204, write.statusCode(), write.body());
        return quads + 1;
    }

    private static List<QuerySolution> select(WebClient web, String query) {
        HttpResponse<String> r = web.query(query);
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        List<QuerySolution> rows = new java.util.ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    /** Opens the store the way the server does, compacts it, and scans it again. */
    private static void compactAndScan(Path store, long expected) throws Exception {
        try (GraphStore s = GraphStore.open(store)) {
            DatasetGraph dsg = s.dataset();
            DatabaseMgr.compact(dsg, true);
            assertEquals(expected, s.size());
        }
        try (var dirs = Files.list(store)) {
            assertTrue(dirs.noneMatch(p -> p.getFileName().toString().endsWith("-tmp")), "a compaction left a -tmp directory");
        }
    }
}
