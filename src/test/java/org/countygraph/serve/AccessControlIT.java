package org.countygraph.serve;

import static org.countygraph.serve.SecureFixture.ADMIN_PASSWORD;
import static org.countygraph.serve.SecureFixture.READER_PASSWORD;
import static org.countygraph.serve.SecureFixture.UPDATE;
import static org.junit.jupiter.api.Assertions.*;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Endpoints and authentication (reliability plan §4 A): the public server offers query and graph
 * store read only; with a password file, the named update endpoint takes admin's writes and
 * nothing else changes for anonymous readers.
 */
@Timeout(60)
class AccessControlIT {
    private static final String INSERT = "INSERT DATA { GRAPH <urn:test> { <urn:a> <urn:b> \"c\" } }";
    private static final String ORIGIN = "https://colleague.example";

    @TempDir
    static Path dir;
    static DatasetGraph publicData, writableData;
    static CountyGraphServer publicServer, writableServer;
    static WebClient pub, rw;

    @BeforeAll
    static void start() {
        publicData = SecureFixture.dataset(100);
        writableData = SecureFixture.dataset(100);
        publicServer = CountyGraphServer.create().dataset(publicData).port(0).corsOrigins(List.of(ORIGIN)).build().start();
        writableServer = CountyGraphServer.create().dataset(writableData).port(0).corsOrigins(List.of(ORIGIN))
                .updatePasswordFile(SecureFixture.passwordFile(dir)).build().start();
        pub = new WebClient(publicServer.url());
        rw = new WebClient(writableServer.url());
    }

    @AfterAll
    static void stop() {
        if (publicServer != null) publicServer.close();
        if (writableServer != null) writableServer.close();
    }

    @Test
    void anonymousUpdatesAre401WithAChallengeAndChangeNothing() {
        long before = SecureFixture.size(writableData);
        HttpResponse<String> r = rw.update(UPDATE, INSERT, null, null);
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), r.headers().map().toString());
        assertEquals(404, pub.update(UPDATE, INSERT, null, null).statusCode(), "the public server has no update endpoint");
        assertEquals(before, SecureFixture.size(writableData));
    }

    @Test
    void updatesSentToTheDatasetOrTheQueryEndpointsAre4xx() {
        long before = SecureFixture.size(writableData) + SecureFixture.size(publicData);
        for (WebClient c : List.of(pub, rw)) {
            assertEquals(400, c.update(CountyGraphServer.DATASET, INSERT, null, null).statusCode());
            assertEquals(400, c.update(CountyGraphServer.DATASET, INSERT, "admin", ADMIN_PASSWORD).statusCode());
            for (String path : List.of(CountyGraphServer.DATASET, CountyGraphServer.DATASET + "/sparql", CountyGraphServer.DATASET + "/query")) {
                HttpResponse<String> form = c.send(c.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + WebClient.enc(INSERT))));
                assertTrue(form.statusCode() >= 400 && form.statusCode() < 500, path + " " + form.statusCode());
            }
            assertEquals(415, c.update(CountyGraphServer.DATASET + "/sparql", INSERT, null, null).statusCode());
        }
        assertEquals(before, SecureFixture.size(writableData) + SecureFixture.size(publicData));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT /countygraph/data?default", "POST /countygraph/data?default", "DELETE /countygraph/data?graph=urn:graph:1",
            "PUT /countygraph/get?default", "POST /countygraph?graph=urn:graph:1", "DELETE /countygraph?graph=urn:graph:1",
            "POST /countygraph/patch", "POST /countygraph/upload", "POST /countygraph/shacl?graph=default"})
    void graphStoreWritesPatchUploadAndShaclAreRefused(String request) {
        long before = SecureFixture.size(writableData);
        String[] mp = request.split(" ");
        for (WebClient c : List.of(pub, rw)) {
            HttpResponse<String> r = c.send(c.request(mp[1]).header("Content-Type", "text/turtle")
                    .header("Authorization", WebClient.basic("admin", ADMIN_PASSWORD))
                    .method(mp[0], HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> .")));
            assertTrue(r.statusCode() == 404 || r.statusCode() == 405, request + " answered " + r.statusCode());
        }
        assertEquals(before, SecureFixture.size(writableData));
    }

    @Test
    void adminUpdatesAreAcceptedAndOtherUsersAre403() {
        assertEquals(204, rw.update(UPDATE, "INSERT DATA { GRAPH <urn:admin> { <urn:admin> <urn:p> 1 } }", "admin", ADMIN_PASSWORD).statusCode());
        assertTrue(rw.ask("ASK { <urn:admin> <urn:p> 1 }"));
        long before = SecureFixture.size(writableData);
        assertEquals(403, rw.update(UPDATE, INSERT, "reader", READER_PASSWORD).statusCode());
        assertEquals(before, SecureFixture.size(writableData));
    }

    @Test
    void badCredentialsAre401AndAHugeHeaderIs431AndTheServerStillAnswers() {
        assertEquals(401, rw.update(UPDATE, INSERT, "admin", "wrong").statusCode());
        assertEquals(401, rw.update(UPDATE, INSERT, "admin", "").statusCode());
        assertEquals(401, rw.update(UPDATE, INSERT, "nobody", ADMIN_PASSWORD).statusCode());
        HttpResponse<String> garbage = rw.send(rw.request(UPDATE).header("Authorization", "Basic %%%not-base64")
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(INSERT)));
        assertTrue(garbage.statusCode() == 400 || garbage.statusCode() == 401, "garbage credentials: " + garbage.statusCode());
        HttpResponse<String> huge = rw.send(rw.request(UPDATE).header("Authorization", "Basic " + "A".repeat(600_000))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(INSERT)));
        assertEquals(431, huge.statusCode());
        assertTrue(rw.ask("ASK {}"));
        assertFalse(rw.ask("ASK { <urn:a> <urn:b> \"c\" }"));
    }

    @Test
    void readsStayAnonymousWhenThePasswordFileIsSet() {
        assertTrue(rw.ask("ASK { ?s ?p ?o }"));
        assertEquals(200, rw.get("/").statusCode());
        assertEquals(200, rw.send(rw.request(CountyGraphServer.DATASET + "/get?graph=urn:graph:1").header("Accept", "text/turtle")).statusCode());
        assertEquals(200, rw.send(rw.request(CountyGraphServer.DATASET + "/sparql").header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString("ASK {}"))).statusCode());
    }

    @Test
    void onlyQueryAndGraphStoreReadAreServedAndTheOneUpdateEndpointIsNamedAndGuarded() {
        assertEquals(Set.of(Operation.Query, Operation.GSP_R), operations(publicServer));
        assertEquals(Set.of(Operation.Query, Operation.GSP_R, Operation.Update), operations(writableServer));
        List<Endpoint> writes = endpoints(writableServer).stream().filter(e -> e.getOperation() == Operation.Update).toList();
        assertEquals(1, writes.size());
        assertEquals("update", writes.get(0).getName());
        assertNotNull(writes.get(0).getAuthPolicy());
        assertFalse(writes.get(0).getAuthPolicy().isAllowed(null));
        assertFalse(writes.get(0).getAuthPolicy().isAllowed("reader"));
        assertTrue(writes.get(0).getAuthPolicy().isAllowed("admin"));
        assertTrue(publicServer.fuseki().getModules().asList().isEmpty(), "no Fuseki modules from the classpath");
        writableServer.settings().lines().forEach(l -> System.out.println("settings: " + l));
        assertTrue(writableServer.settings().lines().contains("updates: on for admin; LOAD refused"));
        assertTrue(publicServer.settings().lines().contains("updates: off"));
    }

    private static List<Endpoint> endpoints(CountyGraphServer s) {
        return List.copyOf(s.fuseki().getDataAccessPointRegistry().get(CountyGraphServer.DATASET).getDataService().getEndpoints());
    }

    private static Set<Operation> operations(CountyGraphServer s) {
        return endpoints(s).stream().map(Endpoint::getOperation).collect(Collectors.toSet());
    }

    @Test
    void theServerListensOnLoopbackOnly() throws Exception {
        ServerConnector c = (ServerConnector) publicServer.fuseki().getJettyServer().getConnectors()[0];
        assertTrue(InetAddress.getByName(c.getHost()).isLoopbackAddress(), "bound to " + c.getHost());
        Optional<InetAddress> outside = NetworkInterface.networkInterfaces().filter(ni -> !isLoopback(ni))
                .flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        if (outside.isPresent()) {
            try (Socket s = new Socket()) {
                assertThrows(ConnectException.class, () -> s.connect(new InetSocketAddress(outside.get(), publicServer.port()), 2000),
                        "reachable on " + outside.get());
            }
        }
    }

    private static boolean isLoopback(NetworkInterface ni) {
        try {
            return ni.isLoopback();
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/$/server", "/$/datasets", "/$/stats", "/$/metrics", "/$/compact/countygraph", "/$/backup/countygraph",
            "/$/tasks", "/$/ping", "/$/reload", "/countygraph/shacl", "/countygraph/patch", "/countygraph/prefixes"})
    void adminAndIntrospectionPathsAre404(String path) {
        assertEquals(404, pub.get(path).statusCode(), path);
        assertEquals(404, rw.send(rw.request(path).POST(HttpRequest.BodyPublishers.noBody())).statusCode(), path);
    }

    @Test
    void corsAllowsReadsFromListedOriginsOnlyWithoutCredentials() {
        HttpResponse<String> listed = pub.send(pub.request(CountyGraphServer.DATASET + "/sparql?query=" + WebClient.enc("ASK {}")).header("Origin", ORIGIN));
        assertEquals(ORIGIN, listed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(listed.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        HttpResponse<String> preflight = preflight(pub, CountyGraphServer.DATASET + "/sparql", ORIGIN, "content-type");
        assertEquals(ORIGIN, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertFalse(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").matches(".*(PUT|DELETE|PATCH).*"));

        HttpResponse<String> evil = pub.send(pub.request(CountyGraphServer.DATASET + "/sparql?query=" + WebClient.enc("ASK {}"))
                .header("Origin", "https://evil.example"));
        assertTrue(evil.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), evil.headers().map().toString());
        for (HttpResponse<String> r : List.of(preflight(rw, UPDATE, "https://evil.example", "authorization"), preflight(rw, UPDATE, ORIGIN, "content-type"),
                preflight(rw, CountyGraphServer.DATASET + "/sparql", ORIGIN, "authorization"),
                preflight(pub, CountyGraphServer.DATASET + "/sparql", "https://evil.example", "content-type"))) {
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), r.uri() + " " + r.headers().map());
            assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), r.uri() + " " + r.headers().map());
        }
    }

    private static HttpResponse<String> preflight(WebClient c, String path, String origin, String headers) {
        return c.send(c.request(path).header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", headers).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void aPageShowsWhatTheLatestWriteCommitted() {
        String page = "/page/division/999001";
        assertEquals(404, rw.get(page).statusCode());
        String iri = "<https://w3id.org/countygraph/id/division/999001>";
        String label = "<http://www.w3.org/2000/01/rdf-schema#label>";
        assertEquals(204, rw.update(UPDATE, "INSERT DATA { GRAPH <urn:graph:pages> { " + iri + " " + label + " \"旧名县\"@zh } }", "admin", ADMIN_PASSWORD).statusCode());
        assertTrue(rw.get(page).body().contains("旧名县"));
        assertTrue(rw.get(page).body().contains("旧名县"), "the cached page differs");
        assertEquals(204, rw.update(UPDATE, "DELETE DATA { GRAPH <urn:graph:pages> { " + iri + " " + label + " \"旧名县\"@zh } } ; "
                + "INSERT DATA { GRAPH <urn:graph:pages> { " + iri + " " + label + " \"新名县\"@zh } }", "admin", ADMIN_PASSWORD).statusCode());
        String after = rw.get(page).body();
        assertTrue(after.contains("新名县") && !after.contains("旧名县"), "a page from before the write was served");
    }

    @Test
    void queriesInChineseGiveTheSameAnswerByGetFormAndDirectPost() {
        String insert = "INSERT DATA { GRAPH <urn:zh> { <urn:youxian> <http://www.w3.org/2000/01/rdf-schema#label> \"攸县\"@zh } }";
        assertEquals(204, rw.update(UPDATE, insert, "admin", ADMIN_PASSWORD).statusCode());
        String q = "SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> \"攸县\"@zh }";
        HttpResponse<String> get = rw.query(q);
        HttpResponse<String> form = rw.send(rw.request(CountyGraphServer.DATASET + "/sparql").header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("query=" + WebClient.enc(q))));
        HttpResponse<String> direct = rw.send(rw.request(CountyGraphServer.DATASET + "/sparql").header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(q, StandardCharsets.UTF_8)));
        assertTrue(get.body().contains("urn:youxian"), get.body());
        assertEquals(get.body(), form.body());
        assertEquals(get.body(), direct.body());
        HttpResponse<String> utf16 = rw.send(rw.request(CountyGraphServer.DATASET + "/sparql").header("Content-Type", "application/sparql-query; charset=UTF-16")
                .POST(HttpRequest.BodyPublishers.ofString(q, StandardCharsets.UTF_16)));
        assertEquals(400, utf16.statusCode());
    }
}
