package org.countygraph.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.countygraph.TestFiles;
import org.countygraph.build.GraphBuild;
import org.countygraph.extract.PipelineExtractor;
import org.countygraph.extract.hanlp.HanlpSegmenter;
import org.countygraph.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole path: the seed built into a TDB2 store on disk, served by Fuseki on a free port, queried over HTTP. */
class ServerIT {
    @TempDir
    static Path dir;
    static GraphStore store;
    static CountyGraphServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = GraphStore.open(dir.resolve("tdb2"));
        var report = new GraphBuild(org.countygraph.extract.hanlp.StandardExtractor.create(), System.err)
                .run(TestFiles.SEEDS, null, store);
        assertTrue(report.ok(), report.failures().toString());
        server = CountyGraphServer.create().dataset(store.dataset()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void findsYouXianAsACountyWithItsChineseLabel() throws Exception {
        String q = "PREFIX cg: <https://w3id.org/countygraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?c WHERE { ?c a cg:County ; rdfs:label \"攸县\"@zh ; cg:divisionCode \"430223\" }";
        HttpResponse<String> r = get("/countygraph/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        assertTrue(rs.hasNext(), "no cg:County labelled 攸县: " + r.body());
        assertEquals("https://w3id.org/countygraph/id/division/430223", rs.next().getResource("c").getURI());
    }

    @Test
    void theDefaultGraphIsTheUnionOfArticleGraphs() throws Exception {
        String q = "ASK { GRAPH ?g { ?a a <https://w3id.org/countygraph/ontology#Article> } ?a a <https://w3id.org/countygraph/ontology#Article> }";
        HttpResponse<String> r = get("/countygraph/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertTrue(r.body().contains("true"), r.body());
    }

    @Test
    void updatesAreRefused() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/countygraph/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400, "update accepted: " + r.statusCode());
        HttpResponse<String> again = get("/countygraph/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertTrue(again.body().contains("true"));
    }

    @Test
    void frontPageSaysWhatIsLoadedAndLinksTheEndpoint() throws Exception {
        HttpResponse<String> r = get("/", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("cg:County"), r.body());
        assertTrue(r.body().contains("/countygraph/sparql"));
    }

    @Test
    void answersLongerThanTheResponseBufferArriveWholeInChunks() throws Exception {
        for (var c : server.fuseki().getJettyServer().getConnectors()) {
            var http = c.getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class);
            assertEquals(CountyGraphServer.RESPONSE_BUFFER_BYTES, http.getHttpConfiguration().getOutputBufferSize());
        }
        long expected;
        try (var qe = org.apache.jena.query.QueryExecutionFactory.create("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }",
                org.apache.jena.query.DatasetFactory.wrap(store.dataset()))) {
            expected = org.apache.jena.system.Txn.calculateRead(store.dataset(),
                    () -> qe.execSelect().next().getLiteral("n").getLong());
        }
        HttpResponse<String> r = get("/countygraph/sparql?query=" + URLEncoder.encode("SELECT * { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().length() > 10 * CountyGraphServer.RESPONSE_BUFFER_BYTES, "answer of " + r.body().length() + " chars");
        ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        long rows = 0;
        while (rs.hasNext()) { rs.next(); rows++; }
        assertEquals(expected, rows);
    }
}
