package org.countygraph.serve;

import static org.countygraph.serve.SecureFixture.ADMIN_PASSWORD;
import static org.countygraph.serve.SecureFixture.UPDATE;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.Terms;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Query limits (reliability plan §4 B1-B3, B6, B7, B15, B16): timeouts that the client can lower
 * but not raise, answers cut off while streaming that no client can mistake for whole ones, an
 * update timeout that leaves nothing behind, capped CONSTRUCT and DESCRIBE results and
 * non-streaming formats, and pages of a hub entity that are partial and say so.
 */
@Timeout(120)
class QueryLimitsIT {
    /** A cross product of the store with itself, thrice: no answer before the timeout (the plan's B1, counted). */
    static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String HUB = BrowseFixture.BASE + "division/999999";
    static final int HUB_LINKS = StoreView.MAX_PER_LOOKUP + 1_000;

    @TempDir
    static Path dir;
    static DatasetGraph data;
    static CountyGraphServer server, patient;
    static WebClient web, patientWeb;

    @BeforeAll
    static void start() {
        data = SecureFixture.dataset(3_000);
        Txn.executeWrite(data, () -> {
            Node hub = NodeFactory.createURI(HUB);
            Node g = NodeFactory.createURI("urn:graph:hub");
            data.add(g, hub, Terms.type, CG.County);
            data.add(g, hub, Terms.label, NodeFactory.createLiteralLang("枢纽县", "zh"));
            for (int i = 0; i < HUB_LINKS; i++) data.add(g, NodeFactory.createURI(BrowseFixture.BASE + "article/" + i), CG.mentions, hub);
        });
        server = CountyGraphServer.create().dataset(data).port(0).timeoutMillis(1_500).maxResultTriples(1_000)
                .updatePasswordFile(SecureFixture.passwordFile(dir)).build().start();
        web = new WebClient(server.url());
        patient = CountyGraphServer.create().dataset(SecureFixture.dataset(3_000)).port(0).timeoutMillis(600_000).build().start();
        patientWeb = new WebClient(patient.url());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (patient != null) patient.close();
    }

    @Test
    void aRunawayCrossProductIs503AndTheServerAnswersTheNextQuery() {
        HttpResponse<String> r = web.query(CROSS_PRODUCT);
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(web.ask("ASK { ?s ?p ?o }"));
    }

    @Test
    void aClientCannotRaiseTheTimeout() {
        HttpResponse<String> r = web.send(web.request(CountyGraphServer.DATASET + "/sparql?timeout=3600&query=" + WebClient.enc(CROSS_PRODUCT)));
        assertEquals(503, r.statusCode(), r.body());
    }

    @Test
    void aClientCanLowerTheTimeout() {
        HttpResponse<String> r = patientWeb.send(patientWeb.request(CountyGraphServer.DATASET + "/sparql?timeout=1&query=" + WebClient.enc(CROSS_PRODUCT)));
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(patientWeb.ask("ASK {}"));
    }

    @Test
    void anAnswerCutWhileStreamingIsNeverAWholeResult() throws Exception {
        HttpResponse<InputStream> r = WebClient.HTTP.send(web.request(CountyGraphServer.DATASET + "/sparql?query="
                + WebClient.enc("SELECT * { ?s ?p ?o . ?x ?y ?z }")).header("Accept", "application/sparql-results+json").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            assertTrue(r.statusCode() == 503 || r.statusCode() == 400, "status " + r.statusCode());
            r.body().close();
            return;
        }
        Tail tail = new Tail(r.body());
        assertThrows(RuntimeException.class, () -> ResultSetMgr.read(tail, ResultSetLang.RS_JSON).forEachRemaining(b -> { }),
                "a cut answer parsed as a whole one");
        tail.transferTo(OutputStreamNull.INSTANCE);
        assertTrue(tail.last().contains("Incomplete results"), tail.last());
        assertTrue(web.ask("ASK {}"));
    }

    @Test
    void aRunawayUpdateIs503AndInsertsNothing() {
        long before = SecureFixture.size(data);
        HttpResponse<String> r = web.update(UPDATE, "INSERT { GRAPH <urn:runaway> { <urn:x> <urn:p> ?c } } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                "admin", ADMIN_PASSWORD);
        assertEquals(503, r.statusCode(), r.body());
        assertEquals(before, SecureFixture.size(data));
        assertEquals(204, web.update(UPDATE, "INSERT DATA { GRAPH <urn:after> { <urn:after> <urn:p> 1 } }", "admin", ADMIN_PASSWORD).statusCode());
        assertTrue(web.ask("ASK { <urn:after> <urn:p> 1 }"));
    }

    @Test
    void constructAndDescribeAboveTheCapAre400WithAMessageAndSmallOnesAnswer() {
        for (String q : List.of("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "DESCRIBE ?s WHERE { ?s ?p ?o }",
                "CONSTRUCT { ?s ?p ?o . ?x ?y ?z } WHERE { ?s ?p ?o . ?x ?y ?z }")) {
            HttpResponse<String> r = web.send(web.request(CountyGraphServer.DATASET + "/sparql?query=" + WebClient.enc(q)).header("Accept", "application/n-triples"));
            assertEquals(400, r.statusCode(), q + ": " + r.body());
            assertTrue(r.body().contains("more than 1000 triples"), r.body());
        }
        HttpResponse<String> small = web.send(web.request(CountyGraphServer.DATASET + "/sparql?query="
                + WebClient.enc("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <urn:graph:1> { ?s ?p ?o } }")).header("Accept", "application/n-triples"));
        assertEquals(200, small.statusCode());
        assertEquals(300, RDFParser.fromString(small.body(), Lang.NTRIPLES).toGraph().size());
        assertTrue(web.ask("ASK {}"));
    }

    @Test
    void graphsThatCannotStreamAreCappedAndStreamingFormatsAreNot() {
        String union = CountyGraphServer.DATASET + "/get?graph=" + WebClient.enc("urn:x-arq:UnionGraph");
        for (String type : List.of("application/ld+json", "application/rdf+xml")) {
            HttpResponse<String> r = web.send(web.request(union).header("Accept", type));
            assertEquals(406, r.statusCode(), type + ": " + r.body());
            assertTrue(r.body().contains("application/n-triples"), r.body());
        }
        HttpResponse<String> nt = web.send(web.request(union).header("Accept", "application/n-triples"));
        assertEquals(200, nt.statusCode());
        assertEquals(3_002 + HUB_LINKS, RDFParser.fromString(nt.body(), Lang.NTRIPLES).toGraph().size());
        HttpResponse<String> turtle = web.send(web.request(union).header("Accept", "text/turtle"));
        assertEquals(200, turtle.statusCode());
        assertEquals(3_002 + HUB_LINKS, RDFParser.fromString(turtle.body(), Lang.TURTLE).toGraph().size());
        HttpResponse<String> oneGraph = web.send(web.request(CountyGraphServer.DATASET + "/get?graph=urn:graph:1").header("Accept", "application/ld+json"));
        assertEquals(200, oneGraph.statusCode());
        assertEquals(300, RDFParser.fromString(oneGraph.body(), Lang.JSONLD).toGraph().size());
    }

    @Test
    void aHubEntitysPageAndDescriptionArePartialAndSaySo() {
        String path = HUB.substring(BrowseFixture.BASE.length());
        HttpResponse<String> page = web.get("/page/" + path);
        assertEquals(200, page.statusCode(), page.body());
        assertEquals("true", page.headers().firstValue(Browser.TRUNCATED).orElse(null));
        assertFalse(Jsoup.parse(page.body()).select("p.notice.truncated").isEmpty(), "no notice on the page");
        HttpResponse<String> nt = web.get("/data/" + path + ".nt");
        assertEquals(200, nt.statusCode());
        assertEquals("true", nt.headers().firstValue(Browser.TRUNCATED).orElse(null));
        long links = RDFParser.fromString(nt.body(), Lang.NTRIPLES).toGraph().find(Node.ANY, CG.mentions, NodeFactory.createURI(HUB)).toList().size();
        assertEquals(StoreView.MAX_PER_LOOKUP, links);
        HttpResponse<String> ordinary = web.get("/data/article/1.nt");
        assertEquals(200, ordinary.statusCode());
        assertTrue(ordinary.headers().firstValue(Browser.TRUNCATED).isEmpty());
    }

    @Test
    void resultSetsOfOrdinaryQueriesParseStrictly() {
        HttpResponse<String> r = web.query("SELECT ?s { ?s ?p ?o } LIMIT 10");
        assertEquals(10, ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))).rewindable().size());
    }

    /** A stream that remembers its last bytes. */
    private static final class Tail extends FilterInputStream {
        private final byte[] ring = new byte[512];
        private long count;

        Tail(InputStream in) { super(in); }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) ring[(int) (count++ % ring.length)] = (byte) b;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            for (int i = 0; i < n; i++) ring[(int) (count++ % ring.length)] = b[off + i];
            return n;
        }

        String last() {
            int n = (int) Math.min(count, ring.length);
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) out[i] = ring[(int) ((count - n + i) % ring.length)];
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    /** Discards what is written. */
    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override public void write(int b) { }

        @Override public void write(byte[] b, int off, int len) { }
    }
}
