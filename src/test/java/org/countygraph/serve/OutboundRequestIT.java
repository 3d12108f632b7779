package org.countygraph.serve;

import static org.countygraph.serve.SecureFixture.ADMIN_PASSWORD;
import static org.countygraph.serve.SecureFixture.UPDATE;
import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import javax.script.ScriptEngineManager;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests that would make the server reach out or run code (reliability plan §4 C6-C12):
 * SERVICE, LOAD, script functions, uploads with remote contexts or DTDs, FROM. A canary on
 * loopback counts every request that gets out; it must count none.
 */
@Timeout(60)
class OutboundRequestIT {
    @TempDir
    static Path dir;
    static DatasetGraph data;
    static CountyGraphServer server;
    static WebClient web;
    static Canary canary;

    @BeforeAll
    static void start() {
        data = SecureFixture.dataset(100);
        server = CountyGraphServer.create().dataset(data).port(0).updatePasswordFile(SecureFixture.passwordFile(dir)).build().start();
        web = new WebClient(server.url());
        canary = new Canary();
    }

    @AfterEach
    void nothingGotOut() {
        assertEquals(0, canary.hits(), "the canary was reached");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (canary != null) canary.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * { SERVICE <%s> { ?s ?p ?o } }",
            "SELECT * { ?x ?y ?z OPTIONAL { SERVICE <%s> { ?s ?p ?o } } }",
            "SELECT * { { SELECT ?s { SERVICE <%s> { ?s ?p ?o } } LIMIT 1 } }",
            "ASK { SERVICE <%s> { ?s ?p ?o } }"})
    void serviceCallsAre422(String template) {
        HttpResponse<String> r = web.query(template.formatted(canary.url("/sparql")));
        assertEquals(422, r.statusCode(), r.body());
    }

    @Test
    void silentServiceIsAnEmptyAnswerNotACall() {
        // A SILENT SERVICE that fails is one empty solution (SPARQL 1.1 Federated Query §4); nothing reaches the canary.
        assertEquals(1, web.count("SELECT (COUNT(*) AS ?n) { SERVICE SILENT <" + canary.url("/sparql") + "> { ?s ?p ?o } }"));
    }

    @Test
    void serviceInsideAnAdminUpdateIs422AndChangesNothing() {
        long before = SecureFixture.size(data);
        HttpResponse<String> r = web.update(UPDATE, "INSERT { GRAPH <urn:x> { ?s ?p ?o } } WHERE { SERVICE <" + canary.url("/sparql") + "> { ?s ?p ?o } }",
                "admin", ADMIN_PASSWORD);
        assertEquals(422, r.statusCode(), r.body());
        assertEquals(before, SecureFixture.size(data));
    }

    @Test
    void loadIsRefusedEvenForTheAdminAndUnauthenticatedLoadIs401() {
        long before = SecureFixture.size(data);
        for (String source : new String[] {canary.url("/data.ttl"), "file:///etc/hostname", "file:///etc/passwd"}) {
            HttpResponse<String> r = web.update(UPDATE, "LOAD <" + source + "> INTO GRAPH <urn:loaded>", "admin", ADMIN_PASSWORD);
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("LOAD is not allowed"), r.body());
            assertEquals(400, web.update(UPDATE, "INSERT DATA { <urn:a> <urn:b> 1 } ; LOAD SILENT <" + source + ">", "admin", ADMIN_PASSWORD).statusCode());
            assertEquals(401, web.update(UPDATE, "LOAD <" + source + ">", null, null).statusCode());
        }
        HttpResponse<String> form = web.send(web.request(UPDATE).header("Authorization", WebClient.basic("admin", ADMIN_PASSWORD))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + WebClient.enc("LOAD <" + canary.url("/x") + ">"))));
        assertEquals(400, form.statusCode(), form.body());
        assertEquals(before, SecureFixture.size(data));
    }

    @Test
    void scriptFunctionsAre400AndNoScriptEngineIsOnTheClasspath() {
        HttpResponse<String> r = web.query("PREFIX js: <http://jena.apache.org/ARQ/jsFunction#> SELECT (js:inc(1) AS ?x) {}");
        assertEquals(400, r.statusCode(), r.body());
        HttpResponse<String> eval = web.query("PREFIX js: <http://jena.apache.org/ARQ/jsFunction#> SELECT (js:eval(\"java.lang.System.exit(1)\") AS ?x) {}");
        assertEquals(400, eval.statusCode(), eval.body());
        assertNotEquals("true", System.getProperty("jena:scripting"));
        assertNull(new ScriptEngineManager().getEngineByName("js"), "a JavaScript engine is on the classpath");
        assertTrue(web.ask("ASK {}"));
    }

    @Test
    void uploadsWithRemoteContextsOrDtdsHaveNowhereToGo() {
        String jsonld = "{\"@context\": \"" + canary.url("/context.jsonld") + "\", \"@id\": \"urn:x\", \"name\": \"x\"}";
        String rdfxml = "<?xml version=\"1.0\"?><!DOCTYPE rdf:RDF SYSTEM \"" + canary.url("/x.dtd") + "\">"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>";
        long before = SecureFixture.size(data);
        for (String path : new String[] {CountyGraphServer.DATASET, CountyGraphServer.DATASET + "/data", CountyGraphServer.DATASET + "/get", UPDATE}) {
            for (String[] body : new String[][] {{"application/ld+json", jsonld}, {"application/rdf+xml", rdfxml}}) {
                HttpResponse<String> r = web.send(web.request(path + "?default").header("Content-Type", body[0])
                        .header("Authorization", WebClient.basic("admin", ADMIN_PASSWORD)).POST(HttpRequest.BodyPublishers.ofString(body[1])));
                assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " " + body[0] + ": " + r.statusCode());
            }
        }
        assertEquals(before, SecureFixture.size(data));
    }

    @Test
    void fromNamesAGraphInTheStoreAndFetchesNothing() {
        assertEquals(0, web.count("SELECT (COUNT(*) AS ?n) FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"));
        assertEquals(0, web.count("SELECT (COUNT(*) AS ?n) FROM <" + canary.url("/g") + "> WHERE { ?s ?p ?o }"));
        assertEquals(0, web.count("SELECT (COUNT(*) AS ?n) FROM NAMED <" + canary.url("/g") + "> WHERE { GRAPH ?g { ?s ?p ?o } }"));
        HttpResponse<String> protocol = web.send(web.request(CountyGraphServer.DATASET + "/sparql?default-graph-uri=" + WebClient.enc(canary.url("/g"))
                + "&query=" + WebClient.enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).header("Accept", "application/sparql-results+json"));
        assertEquals(200, protocol.statusCode());
    }
}
