package org.countygraph.serve;

import static org.countygraph.serve.SecureFixture.ADMIN_PASSWORD;
import static org.countygraph.serve.SecureFixture.UPDATE;
import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request limits (reliability plan §4 B9-B13): bodies above the limit are 413 whether their length
 * is declared (then before the body is sent) or not, huge headers and URLs are refused, deeply nested queries fail alone, a large
 * but legal insert is whole, and idle half-open connections do not starve the server.
 */
@Timeout(120)
class RequestLimitsIT {
    private static final long LIMIT = 10L << 20;

    @TempDir
    static Path dir;
    static DatasetGraph data;
    static CountyGraphServer server;
    static WebClient web;

    @BeforeAll
    static void start() {
        data = SecureFixture.dataset(100);
        server = CountyGraphServer.create().dataset(data).port(0).maxRequestBytes(LIMIT).updatePasswordFile(SecureFixture.passwordFile(dir))
                .build().start();
        web = new WebClient(server.url());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void aBodyWithALengthAboveTheLimitIs413BeforeItIsSent() throws Exception {
        for (String[] r : new String[][] {{UPDATE, "application/sparql-update"}, {CountyGraphServer.DATASET + "/sparql", "application/sparql-query"},
                {CountyGraphServer.DATASET + "/sparql", "application/x-www-form-urlencoded"}}) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                s.setSoTimeout(60_000);
                s.getOutputStream().write(("POST " + r[0] + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + r[1] + "\r\nAuthorization: "
                        + WebClient.basic("admin", ADMIN_PASSWORD) + "\r\nContent-Length: " + (30 << 20) + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                assertEquals(413, status(s), r[0] + " " + r[1]);
            }
        }
        assertTrue(web.ask("ASK { ?s ?p ?o }"));
    }

    private static int status(Socket s) throws IOException {
        String line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        return Integer.parseInt(line.split(" ")[1]);
    }

    @Test
    void aChunkedBodyAboveTheLimitIs413() throws Exception {
        assertEquals(413, chunked("application/sparql-update", 30 << 20));
        assertEquals(411, chunked("application/x-www-form-urlencoded", 1 << 10));
        assertTrue(web.ask("ASK { ?s ?p ?o }"));
    }

    @Test
    void aChunkedBodyWithinTheLimitIsServed() {
        HttpResponse<String> r = web.send(web.request(CountyGraphServer.DATASET + "/sparql").header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream("ASK { ?s ?p ?o }".getBytes(StandardCharsets.UTF_8)))));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("true"));
    }

    /** The status of a chunked POST of {@code bytes} spaces as admin, sent from another thread on a raw socket. */
    private int chunked(String type, int bytes) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            String head = "POST " + UPDATE + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type + "\r\nAuthorization: "
                    + WebClient.basic("admin", ADMIN_PASSWORD) + "\r\nTransfer-Encoding: chunked\r\n\r\n";
            CompletableFuture<Void> sender = CompletableFuture.runAsync(() -> {
                try {
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    byte[] chunk = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
                    for (int sent = 0; sent < bytes; sent += chunk.length) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // the server may close the connection once it has answered
                }
            });
            int status = status(s);
            sender.cancel(true);
            return status;
        }
    }

    @Test
    void aHugeUrlIsRefusedAndTheServerStillAnswers() {
        HttpResponse<String> r = web.get(CountyGraphServer.DATASET + "/sparql?query=" + WebClient.enc("ASK { <urn:ex:" + "x".repeat(600_000) + "> ?p ?o }"));
        assertTrue(r.statusCode() == 414 || r.statusCode() == 431, "status " + r.statusCode());
        assertTrue(web.ask("ASK { ?s ?p ?o }"));
    }

    @Test
    void deeplyNestedQueriesFailAloneAndTheServerStillAnswers() {
        for (String q : List.of("ASK " + "{".repeat(20_000) + "}".repeat(20_000),
                "ASK { FILTER(" + "(".repeat(50_000) + "1" + ")".repeat(50_000) + ") }",
                "SELECT * { " + "OPTIONAL { ".repeat(5_000) + "?s ?p ?o" + " }".repeat(5_000) + " }")) {
            HttpResponse<String> r = web.send(web.request(CountyGraphServer.DATASET + "/sparql").header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(q)));
            assertTrue(r.statusCode() == 400 || r.statusCode() == 500 || r.statusCode() == 200, "status " + r.statusCode());
            assertTrue(web.ask("ASK { ?s ?p ?o }"));
        }
    }

    @Test
    void aLargeLegalInsertIsWhole() {
        StringBuilder sb = new StringBuilder("INSERT DATA { GRAPH <urn:graph:large> {\n");
        for (int i = 0; i < 20_000; i++) sb.append("<urn:ex:large").append(i).append("> <urn:ex:value> \"值 ").append(i).append("\" .\n");
        sb.append("} }");
        assertTrue(sb.length() > 900_000 && sb.length() < LIMIT, "body of " + sb.length());
        HttpResponse<String> r = web.update(UPDATE, sb.toString(), "admin", ADMIN_PASSWORD);
        assertEquals(204, r.statusCode(), r.body());
        assertEquals(20_000, web.count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:graph:large> { ?s ?p ?o } }"));
    }

    @Test
    void idleHalfSentRequestsDoNotStarveTheServer() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
                s.getOutputStream().write(("GET " + CountyGraphServer.DATASET + "/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                idle.add(s);
            }
            for (int i = 0; i < 5; i++) assertTrue(web.ask("ASK { ?s ?p ?o }"));
        } finally {
            for (Socket s : idle) s.close();
        }
    }
}
