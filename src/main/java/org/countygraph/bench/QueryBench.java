package org.countygraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.countygraph.serve.CountyGraphServer;
import org.countygraph.store.GraphStore;

/**
 * Section 3: latency of the {@link TypicalQueries} against the server ({@link CountyGraphServer}
 * on a free port over the store), with 1 and then 4 clients sending requests back to back. Each
 * client goes through the query kinds in turn, so that every kind meets the others' load.
 *
 * <p>Each number of clients runs several rounds and its figures pool them. On a 2-core machine one
 * round's p99 (its eighth-slowest of 800 requests) swung from 43 to 154 ms for the same store and
 * the same requests (docs/BENCHMARKS.md, 2026-11-28), more than any change of graph moved it; each
 * round's own p99 is kept in the report so the spread shows.
 */
final class QueryBench {
    private final GraphStore store;
    private final int requestsPerKind;
    private final int[] clients;
    private final int rounds;
    private final Progress progress;

    QueryBench(GraphStore store, int requestsPerKind, int[] clients, int rounds, Progress progress) {
        if (rounds < 1) throw new IllegalArgumentException("rounds must be at least 1, not " + rounds);
        this.store = store;
        this.requestsPerKind = requestsPerKind;
        this.clients = clients.clone();
        this.rounds = rounds;
        this.progress = progress;
    }

    /**
     * The latencies at one number of clients, pooled over its rounds: per kind, over all, the requests served per
     * second, and each round's own p99 over all kinds.
     */
    record AtClients(int clients, Map<String, Latency> byKind, Latency all, double perSecond, List<Double> roundP99s) {}

    /** The section's result. */
    record Result(long storeQuads, List<AtClients> runs) {}

    Result run() {
        long size = store.size();
        progress.say(String.format("querying: the store holds %,d quads; drawing the typical queries", size));
        List<TypicalQueries.Kind> kinds = TypicalQueries.draw(store.dataset(), CountyGraphServer.DATASET + "/sparql", requestsPerKind, 42);
        List<AtClients> runs = new ArrayList<>();
        try (CountyGraphServer server = CountyGraphServer.create().dataset(store.dataset()).port(0).build().start()) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            String base = server.url();
            // the JIT needs a few hundred requests before Jetty's, Fuseki's and ARQ's paths run compiled
            progress.say("querying: warming up with every drawn request, twice");
            for (int pass = 0; pass < 2; pass++) {
                for (TypicalQueries.Kind k : kinds) k.requests().forEach(r -> time(http, base, r));
            }
            for (int c : clients) runs.add(atClients(http, base, kinds, c));
        }
        return new Result(size, runs);
    }

    private AtClients atClients(HttpClient http, String base, List<TypicalQueries.Kind> kinds, int n) {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            Map<String, List<Double>> all = new LinkedHashMap<>();
            for (TypicalQueries.Kind k : kinds) all.put(k.name(), new ArrayList<>());
            List<Double> roundP99s = new ArrayList<>();
            double seconds = 0;
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                Map<String, List<Double>> times = round(http, base, kinds, n, pool);
                seconds += (System.nanoTime() - start) / 1e9;
                roundP99s.add(Stats.percentile(times.values().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).toArray(), 99));
                times.forEach((k, v) -> all.get(k).addAll(v));
            }
            Map<String, Latency> byKind = new LinkedHashMap<>();
            List<Double> every = new ArrayList<>();
            all.forEach((k, v) -> {
                byKind.put(k, Latency.of(v.stream().mapToDouble(Double::doubleValue).toArray()));
                every.addAll(v);
            });
            Latency total = Latency.of(every.stream().mapToDouble(Double::doubleValue).toArray());
            progress.say(String.format("querying: %d client(s), %d round(s): median %.1f ms, p99 %.1f ms (rounds: %s), %.1f requests/s",
                    n, rounds, total.median(), total.p99(), roundP99s.stream().map(p -> String.format("%.1f", p)).toList(), every.size() / seconds));
            return new AtClients(n, byKind, total, every.size() / seconds, List.copyOf(roundP99s));
        } finally {
            pool.shutdownNow();
        }
    }

    /** One round: {@code n} clients each send every kind's requests in turn; the times per kind. */
    private Map<String, List<Double>> round(HttpClient http, String base, List<TypicalQueries.Kind> kinds, int n, ExecutorService pool) {
        try {
            List<Future<Map<String, List<Double>>>> futures = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    Map<String, List<Double>> times = new LinkedHashMap<>();
                    for (int i = 0; i < requestsPerKind; i++) {
                        for (int j = 0; j < kinds.size(); j++) {
                            // clients start at different kinds and requests, so that they do not ask the same at once
                            TypicalQueries.Kind k = kinds.get((j + client) % kinds.size());
                            String r = k.requests().get((i + client * 7) % k.requests().size());
                            times.computeIfAbsent(k.name(), x -> new ArrayList<>()).add(time(http, base, r));
                        }
                    }
                    return times;
                }));
            }
            Map<String, List<Double>> times = new LinkedHashMap<>();
            for (TypicalQueries.Kind k : kinds) times.put(k.name(), new ArrayList<>());
            for (Future<Map<String, List<Double>>> f : futures) f.get().forEach((k, v) -> times.get(k).addAll(v));
            return times;
        } catch (ExecutionException e) {
            throw new BenchException("a query client failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("the query clients were interrupted", e);
        }
    }

    /** Sends one request and returns its latency in milliseconds, reading the whole answer; anything but 200 is an error. */
    private static double time(HttpClient http, String base, String request) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + request))
                .header("Accept", "application/sparql-results+json, application/json").timeout(Duration.ofSeconds(60)).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            double ms = (System.nanoTime() - start) / 1e6;
            if (resp.statusCode() != 200) {
                throw new BenchException("HTTP " + resp.statusCode() + " for " + request + ": "
                        + new String(resp.body(), java.nio.charset.StandardCharsets.UTF_8).lines().findFirst().orElse(""));
            }
            return ms;
        } catch (IOException e) {
            throw new BenchException("request failed: " + request + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted during " + request, e);
        }
    }
}
