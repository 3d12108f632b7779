package org.countygraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The security and limits tests' HTTP client: raw requests to one server, redirects not followed. */
final class WebClient {
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    WebClient(String base) { this.base = base; }

    String base() { return base; }

    /** A request builder for a path of the server. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
    }

    HttpResponse<String> send(HttpRequest.Builder b) {
        HttpRequest request = b.build();
        try {
            try {
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // a pooled connection the server closed after its last answer (Jetty closes one whose request body
                // it refused unread): the client learns it only on the next request, a POST it does not retry itself
                if (!staleConnection(e)) throw e;
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** True for the failure of a request sent on a connection the server had already closed. */
    static boolean staleConnection(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.EOFException || String.valueOf(t.getMessage()).contains("received no bytes")) return true;
        }
        return false;
    }

    HttpResponse<String> get(String path) { return send(request(path)); }

    /** A SPARQL query by GET, asking for JSON results. */
    HttpResponse<String> query(String sparql) {
        return send(request(CountyGraphServer.DATASET + "/sparql?query=" + enc(sparql)).header("Accept", "application/sparql-results+json"));
    }

    /** True when an ASK query answers true (and fails on anything but 200). */
    boolean ask(String sparql) {
        HttpResponse<String> r = query(sparql);
        if (r.statusCode() != 200) throw new AssertionError("ASK answered " + r.statusCode() + ": " + r.body());
        return r.body().replace(" ", "").contains("\"boolean\":true");
    }

    /** The number in a one-row, one-column SELECT (e.g. a COUNT). */
    long count(String sparql) {
        HttpResponse<String> r = query(sparql);
        if (r.statusCode() != 200) throw new AssertionError("query answered " + r.statusCode() + ": " + r.body());
        var rs = org.apache.jena.query.ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        var row = rs.next();
        return row.getLiteral(rs.getResultVars().get(0)).getLong();
    }

    /** A SPARQL update POSTed to a path, with basic credentials when {@code user} is not null. */
    HttpResponse<String> update(String path, String update, String user, String password) {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update, StandardCharsets.UTF_8));
        if (user != null) b.header("Authorization", basic(user, password));
        return send(b);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"); }
}
