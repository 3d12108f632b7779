package org.countygraph.serve;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The load test's clients: closed loops (one request, then the next) of readers (the read mix of
 * the reliability plan §5: 70 % point lookups, 15 % neighbourhoods, 10 % pages, 5 % small
 * aggregates), writers, attackers (runaway cross products) and exporters (whole-store downloads),
 * each recording its latencies and errors.
 */
final class LoadClients {
    /** Latencies and outcomes of one kind of client in one phase. */
    static final class Stats {
        final String name;
        final ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        final AtomicLong errors = new AtomicLong();
        final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

        Stats(String name) { this.name = name; }

        void ok(long startNanos) { micros.add((System.nanoTime() - startNanos) / 1_000); }

        void error(long startNanos, String what) {
            ok(startNanos);
            errors.incrementAndGet();
            if (errorSamples.size() < 5) errorSamples.add(what.length() > 200 ? what.substring(0, 200) : what);
        }

        long count() { return micros.size(); }

        /** The {@code q} quantile in milliseconds (0 when nothing was recorded). */
        double quantileMillis(double q) {
            List<Long> sorted = new ArrayList<>(micros);
            if (sorted.isEmpty()) return 0;
            sorted.sort(null);
            return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1)) / 1000.0;
        }

        String row(double seconds) {
            return String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.0f | %.0f | %.0f | %.0f |", name, count(), errors.get(), count() / seconds,
                    quantileMillis(0.5), quantileMillis(0.9), quantileMillis(0.99), quantileMillis(1.0));
        }
    }

    private final WebClient web;
    private final LoadStore.Built store;

    LoadClients(WebClient web, LoadStore.Built store) {
        this.web = web;
        this.store = store;
    }

    private String pick(Random r) {
        return r.nextBoolean() ? store.entities().get(r.nextInt(store.entities().size())) : store.articles().get(r.nextInt(store.articles().size()));
    }

    /** One request of the read mix. */
    HttpRequest.Builder readRequest(Random r) {
        double x = r.nextDouble();
        String iri = pick(r);
        String sparql;
        if (x < 0.70) {
            sparql = "SELECT ?type ?label WHERE { <" + iri + "> a ?type OPTIONAL { <" + iri + "> <http://www.w3.org/2000/01/rdf-schema#label> ?label } }";
        } else if (x < 0.85) {
            sparql = "SELECT ?p ?o WHERE { { <" + iri + "> ?p ?o } UNION { ?o ?p <" + iri + "> } } LIMIT 100";
        } else if (x < 0.95) {
            return web.request("/page/" + PathCodec.encodePath(iri.substring(BrowseFixture.BASE.length()))).header("Accept", "text/html");
        } else {
            String article = store.articles().get(r.nextInt(store.articles().size()));
            sparql = "SELECT ?t (COUNT(*) AS ?n) WHERE { GRAPH <" + article + "> { ?s a ?t } } GROUP BY ?t";
        }
        return web.request(CountyGraphServer.DATASET + "/sparql?query=" + WebClient.enc(sparql)).header("Accept", "application/sparql-results+json");
    }

    /** Reads until {@code deadline} ({@link System#nanoTime()}). */
    void read(long deadline, long seed, Stats stats) {
        Random r = new Random(seed);
        while (System.nanoTime() < deadline) {
            long t = System.nanoTime();
            try {
                HttpResponse<String> resp = web.send(readRequest(r));
                if (resp.statusCode() / 100 == 2) stats.ok(t);
                else stats.error(t, resp.statusCode() + " " + resp.uri() + " " + resp.body());
            } catch (RuntimeException e) {
                stats.error(t, e.toString());
            }
        }
    }

    /** Inserts 10 triples with a new id, five times a second, until {@code deadline}; returns how many were acknowledged. */
    long write(long deadline, String writer, Stats stats) {
        long acked = 0;
        for (int n = 0; System.nanoTime() < deadline; n++) {
            long t = System.nanoTime();
            String id = "urn:load:" + writer + "-" + n;
            StringBuilder sb = new StringBuilder("INSERT DATA { GRAPH <urn:load:graph-" + writer + "> {");
            for (int j = 0; j < 10; j++) sb.append(" <").append(id).append("> <urn:load:p").append(j).append("> ").append(j).append(" .");
            try {
                HttpResponse<String> resp = web.update(SecureFixture.UPDATE, sb.append(" } }").toString(), "admin", SecureFixture.ADMIN_PASSWORD);
                if (resp.statusCode() == 204) {
                    stats.ok(t);
                    acked++;
                } else {
                    stats.error(t, resp.statusCode() + " " + resp.body());
                }
            } catch (RuntimeException e) {
                stats.error(t, e.toString());
            }
            sleepUntil(t + 200_000_000L);
        }
        return acked;
    }

    /** Sends runaway cross products (asking for an hour) until {@code deadline}; anything but a refusal is an error. */
    void attack(long deadline, Stats stats) {
        String q = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        while (System.nanoTime() < deadline) {
            long t = System.nanoTime();
            try {
                HttpResponse<String> resp = web.send(web.request(CountyGraphServer.DATASET + "/sparql?timeout=3600&query=" + WebClient.enc(q)));
                if (resp.statusCode() == 503) stats.ok(t);
                else stats.error(t, "runaway query answered " + resp.statusCode() + " " + resp.body());
            } catch (RuntimeException e) {
                stats.error(t, e.toString());
            }
        }
    }

    /** Downloads the whole store as N-Quads until {@code deadline}, parsing each strictly; every download must hold at least {@code quads}. */
    void export(long deadline, long quads, Stats stats) {
        while (System.nanoTime() < deadline) {
            long t = System.nanoTime();
            try {
                HttpResponse<InputStream> resp = WebClient.HTTP.send(web.request(CountyGraphServer.DATASET + "/get")
                        .header("Accept", "application/n-quads").build(), HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = resp.body()) {
                    if (resp.statusCode() != 200) {
                        stats.error(t, "export answered " + resp.statusCode());
                        continue;
                    }
                    long n = count(in, Lang.NQUADS);
                    if (n >= quads) stats.ok(t);
                    else stats.error(t, "export held " + n + " quads, fewer than " + quads);
                }
            } catch (Exception e) {
                stats.error(t, e.toString());
            }
        }
    }

    /** Triples or quads in a stream, parsed strictly. */
    static long count(InputStream in, Lang lang) {
        long[] n = {0};
        RDFParser.source(in).lang(lang).strict(true).parse(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override public void triple(org.apache.jena.graph.Triple t) { n[0]++; }

            @Override public void quad(org.apache.jena.sparql.core.Quad q) { n[0]++; }
        });
        return n[0];
    }

    private static void sleepUntil(long nanos) {
        long wait = nanos - System.nanoTime();
        if (wait <= 0) return;
        try {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
