package org.countygraph.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback HTTP server that counts the requests it gets and answers them with nothing useful. */
final class Canary implements AutoCloseable {
    private final HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();

    Canary() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] body = "<urn:canary> <urn:canary> <urn:canary> .\n".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** A URL on the canary. */
    String url(String path) { return "http://127.0.0.1:" + server.getAddress().getPort() + path; }

    int hits() { return hits.get(); }

    @Override
    public void close() { server.stop(0); }
}
