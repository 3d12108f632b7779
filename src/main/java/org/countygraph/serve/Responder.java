package org.countygraph.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Writes the browsing responses with the headers every one of them carries: a charset, a content
 * security policy that allows only this server's own scripts, {@code nosniff} and no framing.
 */
final class Responder {
    private Responder() {}

    /** Scripts only from this server; styles inline are allowed for the graph picture's library. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    static void headers(HttpServletResponse resp) {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Referrer-Policy", "same-origin");
    }

    static final String HTML = "text/html; charset=utf-8";

    static void html(HttpServletResponse resp, int status, String html) throws IOException {
        write(resp, status, HTML, html.getBytes(StandardCharsets.UTF_8));
    }

    static void text(HttpServletResponse resp, int status, String text) throws IOException {
        write(resp, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    static void json(HttpServletResponse resp, int status, String json) throws IOException {
        write(resp, status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    /** A graph in one RDF syntax, written in full before the status is sent so a failure is a 500, not a cut body. */
    static void rdf(HttpServletResponse resp, Graph g, Representation r) throws IOException {
        write(resp, 200, rdfType(r), rdfBytes(g, r));
    }

    /** The media type a graph in {@code r} is sent with. */
    static String rdfType(Representation r) {
        return r.mediaType() + (r == Representation.NTRIPLES || r == Representation.TURTLE ? "; charset=utf-8" : "");
    }

    /** A graph written in {@code r}. */
    static byte[] rdfBytes(Graph g, Representation r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, r.format());
        return out.toByteArray();
    }

    /** 303 See Other to a path on this server, negotiated on Accept. */
    static void seeOther(HttpServletResponse resp, String location) throws IOException {
        headers(resp);
        resp.setHeader("Vary", "Accept");
        resp.setStatus(303);
        resp.setHeader("Location", location);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write(("See " + location + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static void write(HttpServletResponse resp, int status, String contentType, byte[] body) throws IOException {
        headers(resp);
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
