package org.countygraph.export;

import static org.countygraph.export.ExportFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.countygraph.serve.CountyGraphServer;
import org.countygraph.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exports over HTTP: the committed graphs loaded into a TDB2 store on disk, served on a free port. */
class ExportServletIT {
    @TempDir
    static Path dir;
    static GraphStore store;
    static CountyGraphServer server;
    static long quads;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = GraphStore.open(dir.resolve("tdb2"));
        Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(store.dataset(), "graphs/countygraph.trig"));
        quads = store.size();
        server = CountyGraphServer.create().dataset(store.dataset()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private static HttpResponse<byte[]> get(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + ExportServlet.PATH + "?" + query)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static String header(HttpResponse<?> r, String name) { return r.headers().firstValue(name).orElse(""); }

    @Test
    void theWholeStoreAsNquadsIsTheStore() throws Exception {
        HttpResponse<byte[]> r = get("format=nq");
        assertEquals(200, r.statusCode(), text(r.body()));
        assertEquals("application/n-quads; charset=utf-8", header(r, "Content-Type").toLowerCase().replace(";charset", "; charset"));
        assertEquals("attachment; filename=\"countygraph.nq\"; filename*=UTF-8''countygraph.nq", header(r, "Content-Disposition"));
        DatasetGraph expected = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(expected::add));
        assertIsomorphic(expected, RdfExportTest.parseDataset(r.body(), Lang.NQUADS));
    }

    @Test
    void theWholeStoreAsNtriplesHoldsEachTripleOnce() throws Exception {
        HttpResponse<byte[]> r = get("format=nt");
        assertEquals(200, r.statusCode(), text(r.body()));
        org.apache.jena.graph.Graph expected = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(q -> expected.add(q.asTriple())));
        assertTrue(expected.size() < quads, "the data should state some triples in several graphs");
        assertEquals(expected.size(), text(r.body()).lines().count(), "lines of the nt export");
        assertIsomorphic(expected, RdfExportTest.parseGraph(r.body(), Lang.NTRIPLES));
    }

    @Test
    void oneArticleAsTurtle() throws Exception {
        Node article = seed().listGraphNodes().next();
        HttpResponse<byte[]> r = get("format=ttl&graph=" + enc(article.getURI()));
        assertEquals(200, r.statusCode(), text(r.body()));
        assertTrue(header(r, "Content-Type").startsWith("text/turtle"), header(r, "Content-Type"));
        // From the store, not the file: TDB2 keeps numbers as values, so "0.90" comes back as "0.9".
        org.apache.jena.graph.Graph expected = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        Txn.executeRead(store.dataset(), () -> store.dataset().getGraph(article).find().forEachRemaining(expected::add));
        assertIsomorphic(expected, RdfExportTest.parseGraph(r.body(), Lang.TURTLE));
    }

    @Test
    void anEntitysNeighbourhoodAsSvgNamedAfterIt() throws Exception {
        HttpResponse<byte[]> r = get("format=svg&depth=2&around=" + enc(YOUXIAN.getURI()));
        assertEquals(200, r.statusCode(), text(r.body()));
        assertTrue(header(r, "Content-Type").startsWith("image/svg+xml"), header(r, "Content-Type"));
        assertTrue(header(r, "Content-Disposition").contains("filename=\"countygraph-division-430223.svg\""), header(r, "Content-Disposition"));
        assertEquals("nosniff", header(r, "X-Content-Type-Options"));
        var texts = PropertyGraphExportTest.xml(r.body()).getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) labels.add(texts.item(i).getTextContent());
        assertTrue(labels.containsAll(List.of("攸县", "李鹏程")), labels.toString());
    }

    @Test
    void aChineseFileNameIsSentAsUtf8() throws Exception {
        Node li = entityLabelled("李鹏程");
        HttpResponse<byte[]> r = get("format=graphml&around=" + enc(li.getURI()));
        assertEquals(200, r.statusCode(), text(r.body()));
        assertTrue(header(r, "Content-Disposition").contains("filename*=UTF-8''countygraph-person-%E6%9D%8E%E9%B9%8F%E7%A8%8B"),
                header(r, "Content-Disposition"));
        assertTrue(PropertyGraphExportTest.importGraphml(r.body()).vertex().values().stream().anyMatch(v -> "李鹏程".equals(v.get("label"))));
    }

    @Test
    void csvComesAsAZipOfTheTwoImporterFiles() throws Exception {
        HttpResponse<byte[]> r = get("format=csv&area=" + enc("id:division/430223") + "&type=" + enc("cg:Official") + "&type=cg:County");
        assertEquals(200, r.statusCode(), text(r.body()));
        assertEquals("application/zip", header(r, "Content-Type"));
        List<String> names = new ArrayList<>();
        String nodes = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                byte[] b = zip.readAllBytes();
                if (e.getName().equals("nodes.csv")) nodes = text(b);
            }
        }
        assertEquals(List.of("nodes.csv", "relationships.csv"), names);
        assertTrue(nodes.contains("\"李鹏程\"") && nodes.contains("\"攸县\""), nodes);
        assertFalse(nodes.contains("\"鸾山镇\""), "a township is neither an official nor a county: " + nodes);
    }

    @Test
    void badParametersAre400AndNothingReachesTheStore() throws Exception {
        for (String q : List.of("", "format=xlsx", "format=nq&area=" + enc("x> } DROP ALL #"), "format=nq&type=" + enc("a b"),
                "format=svg&depth=2", "format=svg&around=" + enc(YOUXIAN.getURI()) + "&depth=many")) {
            HttpResponse<byte[]> r = get(q);
            assertEquals(400, r.statusCode(), q + ": " + text(r.body()));
            assertTrue(header(r, "Content-Type").startsWith("text/plain"), q);
            assertEquals("", header(r, "Content-Disposition"), q);
        }
        assertEquals(quads, store.size());
    }

    @Test
    void anUnknownEntityIs404() throws Exception {
        HttpResponse<byte[]> r = get("format=svg&around=" + enc(ID + "division/999999"));
        assertEquals(404, r.statusCode());
        assertTrue(text(r.body()).contains("division/999999"), text(r.body()));
    }
}
