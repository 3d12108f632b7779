package org.countygraph.serve;

import static org.countygraph.serve.SecureFixture.ADMIN_PASSWORD;
import static org.countygraph.serve.SecureFixture.UPDATE;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The W3C SPARQL 1.1 Protocol test suite ({@code src/test/resources/w3c-sparql-protocol}) run
 * against CountyGraph's server twice (reliability plan §4 D1, D2): the public server passes every
 * query test and refuses every update (the follow-up queries of the update tests then find
 * nothing, and the store is unchanged); a server with updates on, where the tests' updates are
 * sent to {@code /countygraph/update} as admin, passes every test. {@code /sparql/} in the
 * manifest's paths becomes {@code /countygraph/sparql} for queries and {@code /countygraph/update}
 * for updates, as the manifest allows.
 */
@Timeout(120)
class ProtocolConformanceIT {
    private static final Path MANIFEST = Path.of("src", "test", "resources", "w3c-sparql-protocol", "protocol", "manifest.ttl");
    private static final Set<String> BOOLEAN = Set.of("application/sparql-results+json", "application/sparql-results+xml");
    private static final Set<String> TABULAR = Set.of("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
            "text/tab-separated-values");
    private static final Set<String> RDF = Set.of("application/rdf+xml", "text/turtle", "application/n-triples", "text/html");

    @TempDir
    static Path dir;
    static List<ProtocolManifest.Test> tests;
    static DatasetGraph publicData, writableData;
    static CountyGraphServer publicServer, writableServer;
    static WebClient pub, rw;

    @BeforeAll
    static void start() {
        tests = ProtocolManifest.read(MANIFEST);
        assertEquals(34, tests.size());
        publicData = SecureFixture.dataset(0);
        writableData = SecureFixture.dataset(0);
        publicServer = CountyGraphServer.create().dataset(publicData).port(0).build().start();
        writableServer = CountyGraphServer.create().dataset(writableData).port(0).updatePasswordFile(SecureFixture.passwordFile(dir)).build().start();
        pub = new WebClient(publicServer.url());
        rw = new WebClient(writableServer.url());
    }

    @AfterAll
    static void stop() {
        if (publicServer != null) publicServer.close();
        if (writableServer != null) writableServer.close();
    }

    @TestFactory
    Stream<DynamicTest> thePublicServerPassesEveryQueryTestAndRefusesEveryUpdate() {
        return tests.stream().map(t -> DynamicTest.dynamicTest(t.name() + ": " + t.title(), () -> runOnPublic(t)));
    }

    @TestFactory
    Stream<DynamicTest> aServerWithUpdatesPassesEveryTest() {
        return tests.stream().map(t -> DynamicTest.dynamicTest(t.name() + ": " + t.title(), () -> {
            reset(writableData, t.graphs());
            for (ProtocolManifest.Request r : t.requests()) check(r, send(rw, t.isUpdate(r), r));
        }));
    }

    private static void runOnPublic(ProtocolManifest.Test t) {
        reset(publicData, t.graphs());
        Set<Quad> before = quads(publicData);
        for (ProtocolManifest.Request r : t.requests()) {
            HttpResponse<String> resp = send(pub, t.isUpdate(r), r);
            if (!t.isUpdateTest()) {
                check(r, resp);
            } else if (t.isUpdate(r)) {
                assertEquals(4, resp.statusCode() / 100, "update accepted by the public server: " + resp.statusCode() + " " + resp.body());
            } else {
                assertEquals(200, resp.statusCode(), resp.body());
                assertEquals(Boolean.FALSE, booleanOf(resp), "the refused update's effect is there: " + resp.body());
            }
        }
        assertEquals(before, quads(publicData), "the public store changed");
    }

    /** Sends a manifest request, an update to the update endpoint as admin, anything else to the query endpoint. */
    private static HttpResponse<String> send(WebClient c, boolean update, ProtocolManifest.Request r) {
        String rest = r.path().substring("/sparql/".length());
        String endpoint = update ? UPDATE : CountyGraphServer.DATASET + "/sparql";
        byte[] body = r.body() == null ? null : r.body().getBytes(Charset.forName(r.charset()));
        HttpRequest.Builder b = c.request(endpoint + rest)
                .method(r.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        r.headers().forEach(b::header);
        if (update) b.header("Authorization", WebClient.basic("admin", ADMIN_PASSWORD));
        return c.send(b);
    }

    private static void check(ProtocolManifest.Request r, HttpResponse<String> resp) {
        assertTrue(r.statusClasses().contains(resp.statusCode() / 100),
                r.method() + " " + r.path() + " answered " + resp.statusCode() + ", expected " + r.statusClasses() + "xx: " + resp.body());
        String type = resp.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "").strip();
        if (r.expectedFormat() != null) {
            Set<String> allowed = switch (r.expectedFormat()) {
                case "boolean" -> BOOLEAN;
                case "tabular" -> TABULAR;
                case "RDF" -> RDF;
                default -> throw new IllegalStateException("unknown format " + r.expectedFormat());
            };
            assertTrue(allowed.contains(type), "content type " + type + " is not " + r.expectedFormat());
        }
        if (r.expectedBoolean() != null) assertEquals(r.expectedBoolean(), booleanOf(resp), resp.body());
    }

    private static Boolean booleanOf(HttpResponse<String> resp) {
        String type = resp.headers().firstValue("Content-Type").orElse("");
        Lang lang = type.contains("xml") ? ResultSetLang.RS_XML : ResultSetLang.RS_JSON;
        return ResultSetMgr.readBoolean(new ByteArrayInputStream(resp.body().getBytes(StandardCharsets.UTF_8)), lang);
    }

    /** Empties the store and loads the test's graphs into it. */
    private static void reset(DatasetGraph dsg, Map<String, Path> graphs) {
        Txn.executeWrite(dsg, () -> {
            dsg.clear();
            graphs.forEach((name, file) -> RDFDataMgr.read(dsg.getGraph(NodeFactory.createURI(name)), file.toString()));
        });
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> out = new HashSet<>();
            dsg.find().forEachRemaining(out::add);
            return out;
        });
    }
}
