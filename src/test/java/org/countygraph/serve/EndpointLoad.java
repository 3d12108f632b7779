package org.countygraph.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load test of the reliability plan §5, not part of the default run: {@code mvn -B -Pload verify}
 * ({@code -Dload.quads=N}, default 1300000, about 1.07 million distinct triples; {@code -Dload.seconds=S} for the 60 s phases, the
 * others in proportion). Against {@code serve} in a child JVM ({@code -Xmx1g
 * -XX:+ExitOnOutOfMemoryError}, 10 s timeout, 32 threads, updates on) over a store of the seed's
 * graph copied to {@code load.quads} quads ({@link LoadStore}, kept in {@code target/load}):
 *
 * <ol>
 *   <li>L1 warm-up: 4 readers, 15 s, not reported;</li>
 *   <li>L2 read mix: 16 readers, 60 s: no errors;</li>
 *   <li>L3: 12 readers and 2 writers (10-triple inserts, 5 a second each), 60 s: no errors, every
 *       acknowledged insert there and whole;</li>
 *   <li>L4 runaway storm: 8 readers and 4 attackers sending cross products that ask for an hour,
 *       45 s: every attack refused by the timeout, no reader errors, and the server's CPU quiet
 *       five seconds after;</li>
 *   <li>L5: 8 readers and 2 exporters downloading the whole store as N-Quads, 45 s: no errors,
 *       every download whole;</li>
 *   <li>G2: the whole store downloaded as N-Quads and Turtle from a server with a 256 MB heap.</li>
 * </ol>
 * Writes latencies (p50, p90, p99, max) to {@code target/load-report.md}.
 */
class EndpointLoad {
    private static final long QUADS = Long.getLong("load.quads", 1_300_000);
    private static final int SECONDS = Integer.getInteger("load.seconds", 60);

    @TempDir
    Path dir;

    private final StringBuilder report = new StringBuilder();

    @Test
    void theEndpointStaysUpUnderLoad() throws Exception {
        long t0 = System.nanoTime();
        LoadStore.Built store = LoadStore.build(Path.of("target", "load"), QUADS);
        report.append(String.format(Locale.ROOT, "# Load test%n%nStore: %d quads (%d copies of the seed's graph), built or reused in %.0f s. "
                + "Machine: %d cores, load average at the start %s. Server: -Xmx1g, --timeout 10, 32 threads.%n%n", store.quads(), store.copies(),
                (System.nanoTime() - t0) / 1e9, Runtime.getRuntime().availableProcessors(), loadAverage()));
        List<String> serve = List.of("--timeout", "10", "--update-password-file", SecureFixture.passwordFile(dir).toString());
        try (ChildServer server = ChildServer.start(store.dir(), List.of("-Xmx1g", "-XX:+ExitOnOutOfMemoryError"), serve, dir.resolve("server.log"))) {
            WebClient web = new WebClient(server.url());
            LoadClients clients = new LoadClients(web, store);
            phase("L1 warm-up", 15, clients, 4, 0, 0, 0, store.quads());
            String before = processStatus(server);
            report.append("| phase / clients | requests | errors | per second | p50 ms | p90 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|---|\n");
            report(phase("L2 read mix, 16 readers", SECONDS, clients, 16, 0, 0, 0, store.quads()));
            List<LoadClients.Stats> l3 = phase("L3, 12 readers + 2 writers", SECONDS, clients, 12, 2, 0, 0, store.quads());
            report(l3);
            long written = checkWrites(web, l3.get(1));
            report(phase("L4 runaway storm, 8 readers + 4 attackers", SECONDS * 3 / 4, clients, 8, 0, 4, 0, store.quads()));
            Duration cpu = quietCpu(server);
            report(phase("L5, 8 readers + 2 exporters", SECONDS * 3 / 4, clients, 8, 0, 0, 2, store.quads() + written));
            assertTrue(server.isAlive(), server.logTail());
            report.append(String.format(Locale.ROOT, "%nServer CPU in the 5 s after the storm: %d ms. %d triples written in L3, all there and whole.%n",
                    cpu.toMillis(), written));
            report.append("Server process after warm-up: ").append(before).append("; after the run: ").append(processStatus(server)).append(".\n");
        }
        report.append("Load average at the end of the phases: ").append(loadAverage()).append(".\n");
        smallHeapExport(store);
        Path out = Path.of("target", "load-report.md");
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** Runs a phase and returns its stats: readers, writers, attackers, exporters (those present). */
    private static List<LoadClients.Stats> phase(String name, int seconds, LoadClients c, int readers, int writers, int attackers, int exporters,
                                                 long quads) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        LoadClients.Stats r = new LoadClients.Stats(name + ": readers"), w = new LoadClients.Stats(name + ": writers (acknowledged)"),
                a = new LoadClients.Stats(name + ": attackers (503)"), e = new LoadClients.Stats(name + ": exporters");
        AtomicLong acked = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            long seed = name.hashCode() * 31L + i;
            threads.add(new Thread(() -> c.read(deadline, seed, r)));
        }
        for (int i = 0; i < writers; i++) {
            String id = "w" + i;
            threads.add(new Thread(() -> acked.addAndGet(c.write(deadline, id, w))));
        }
        for (int i = 0; i < attackers; i++) threads.add(new Thread(() -> c.attack(deadline, a)));
        for (int i = 0; i < exporters; i++) threads.add(new Thread(() -> c.export(deadline, quads, e)));
        threads.forEach(Thread::start);
        for (Thread t : threads) t.join();
        List<LoadClients.Stats> out = new ArrayList<>(List.of(r));
        if (writers > 0) out.add(w);
        if (attackers > 0) out.add(a);
        if (exporters > 0) out.add(e);
        for (LoadClients.Stats s : out) {
            assertEquals(0, s.errors.get(), s.name + ": " + s.errorSamples);
            assertTrue(s.count() > 0, s.name + " made no requests");
        }
        return out;
    }

    private void report(List<LoadClients.Stats> stats) {
        for (LoadClients.Stats s : stats) {
            String name = s.name;
            double seconds = name.startsWith("L4") || name.startsWith("L5") ? SECONDS * 3 / 4.0 : SECONDS;
            report.append(s.row(seconds)).append('\n');
        }
    }

    /** Every acknowledged insert of L3 is there with its 10 triples; returns how many triples they are. */
    private static long checkWrites(WebClient web, LoadClients.Stats writes) {
        long acked = writes.count() - writes.errors.get();
        assertEquals(10 * acked, web.count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"urn:load:graph-\")) }"));
        assertEquals(0, web.count("SELECT (COUNT(*) AS ?n) { SELECT ?s (COUNT(*) AS ?k) { GRAPH ?g { ?s ?p ?o } "
                + "FILTER(STRSTARTS(STR(?g), \"urn:load:graph-\")) } GROUP BY ?s HAVING (?k != 10) }"));
        return 10 * acked;
    }

    private static Duration quietCpu(ChildServer server) throws InterruptedException {
        Duration before = server.cpu();
        Thread.sleep(5_000);
        Duration used = server.cpu().minus(before);
        assertTrue(used.compareTo(Duration.ofMillis(2_500)) < 0, "the server kept working after the storm: " + used.toMillis() + " ms of CPU in 5 s");
        return used;
    }

    /** The machine's 1, 5 and 15 minute load averages: other processes share these cores. */
    private static String loadAverage() throws java.io.IOException {
        String[] f = Files.readString(Path.of("/proc", "loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
    }

    /** Threads, resident memory and open files of the server process, from /proc. */
    private static String processStatus(ChildServer server) throws Exception {
        List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(server.pid()), "status"));
        String threads = status.stream().filter(l -> l.startsWith("Threads:")).findFirst().orElse("Threads: ?").replaceAll("\\s+", " ");
        String rss = status.stream().filter(l -> l.startsWith("VmRSS:")).findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
        long fds;
        try (var s = Files.list(Path.of("/proc", Long.toString(server.pid()), "fd"))) {
            fds = s.count();
        }
        return threads + ", " + rss + ", " + fds + " open files";
    }

    /** G2: the whole store streams out of a server with a 256 MB heap, in N-Quads and in Turtle. */
    private void smallHeapExport(LoadStore.Built store) throws Exception {
        try (ChildServer small = ChildServer.start(store.dir(), List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"), List.of(), dir.resolve("small.log"))) {
            WebClient web = new WebClient(small.url());
            for (String[] f : new String[][] {{"/get", "application/n-quads", "NQUADS"}, {"/get?graph=urn:x-arq:UnionGraph", "text/turtle", "TURTLE"}}) {
                long t = System.nanoTime();
                HttpResponse<InputStream> r = WebClient.HTTP.send(web.request(CountyGraphServer.DATASET + f[0]).header("Accept", f[1]).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                assertEquals(200, r.statusCode());
                long n;
                try (InputStream in = r.body()) {
                    n = LoadClients.count(in, f[2].equals("NQUADS") ? Lang.NQUADS : Lang.TURTLE);
                }
                assertTrue(small.isAlive(), small.logTail());
                if (f[2].equals("NQUADS")) assertTrue(n >= store.quads(), n + " quads");
                report.append(String.format(Locale.ROOT, "G2: %s of the whole store from a server with -Xmx256m: %d %s in %.1f s, server alive.%n",
                        f[1], n, f[2].equals("NQUADS") ? "quads" : "triples (the union graph)", (System.nanoTime() - t) / 1e9));
            }
        }
    }
}
