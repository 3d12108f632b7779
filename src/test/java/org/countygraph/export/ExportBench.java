package org.countygraph.export;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.countygraph.store.GraphStore;
import org.countygraph.vocab.CG;
import org.countygraph.vocab.ORG;
import org.countygraph.vocab.Terms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export benchmark, not part of the default test run: {@code mvn -B -Pbench verify}
 * ({@code -Dbench.quads=N} to change the size, default 3000000; {@code -Dbench.heap=SIZE} the child's heap,
 * default 256m).
 *
 * <ol>
 *   <li>generates a store shaped like CountyGraph's (article graphs with articles, mentions,
 *       entities shared between articles, posts, reified statements, sentences) with the TDB2 bulk loader;</li>
 *   <li>runs {@code export} from the packaged jar in a child JVM with {@code -Xmx256m} (or {@code bench.heap}) for nt, nq,
 *       ttl and trig (the last two past the in-memory limit, so streamed in blocks);</li>
 *   <li>checks each child exits 0 and that nt holds the distinct triples and nq every quad; reports
 *       time, size and the heap occupancy the GC saw (largest before and after a collection) to
 *       {@code target/export-bench.md}.</li>
 * </ol>
 */
class ExportBench {
    private static final String ID = CG.ID;
    private static final int POOL = 20_000;
    private static final int DIVISIONS = 2_000;
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    @TempDir
    Path dir;

    private long quads;
    private long distinct;

    @Test
    void exportsMillionsOfQuadsIn256MegabytesOfHeap() throws Exception {
        long target = Long.getLong("bench.quads", 3_000_000);
        String heap = System.getProperty("bench.heap", "256m");
        Path store = dir.resolve("tdb2");
        long t0 = System.nanoTime();
        generate(store, target);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        Path jar = Path.of("target/countygraph.jar");
        assertTrue(Files.exists(jar), "run through mvn verify so that the jar is packaged");

        StringBuilder report = new StringBuilder("# Export benchmark\n\n");
        report.append(String.format(Locale.ROOT, "Generated %,d quads (%,d distinct triples) into TDB2 in %.0f s.%n%n", quads, distinct, loadSeconds));
        report.append("| format | heap limit | exit | time (s) | output (MB) | lines | heap before GC, max (MB) | heap after GC, max (MB) |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        for (String format : List.of("nt", "nq", "ttl", "trig")) {
            Path out = dir.resolve("out." + format);
            Path gcLog = dir.resolve("gc-" + format + ".log");
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8", "-Xlog:gc:file=" + gcLog,
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-jar", jar.toString(),
                    "export", "--store", store.toString(), "--format", format, "--memory-limit", "100000", "-o", out.toString()));
            long t = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(format + ".log").toFile()).start();
            try {
                assertTrue(p.waitFor(30, TimeUnit.MINUTES), format + " export did not finish");
            } finally {
                p.destroyForcibly();
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            String log = Files.readString(dir.resolve(format + ".log"));
            long lines = lines(out);
            long[] gc = heap(gcLog);
            report.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.0f | %,d | %d | %d |%n", format, heap, p.exitValue(), seconds,
                    Files.exists(out) ? Files.size(out) / 1e6 : 0.0, lines, gc[0], gc[1]));
            assertEquals(0, p.exitValue(), format + ": " + log);
            if (format.equals("nt")) assertEquals(distinct, lines, "nt lines = distinct triples");
            if (format.equals("nq")) assertEquals(quads, lines, "nq lines = quads");
        }
        Files.writeString(Path.of("target/export-bench.md"), report);
        System.out.println(report);
    }

    private static long lines(Path file) throws IOException {
        if (!Files.exists(file)) return 0;
        long n = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            while (r.readLine() != null) n++;
        }
        return n;
    }

    /** The largest heap occupancy before a collection and the largest after one (what stayed live), in MB. */
    private static long[] heap(Path gcLog) throws IOException {
        long[] max = {0, 0};
        if (!Files.exists(gcLog)) return max;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC.matcher(line);
            if (m.find()) {
                max[0] = Math.max(max[0], Long.parseLong(m.group(1)));
                max[1] = Math.max(max[1], Long.parseLong(m.group(2)));
            }
        }
        return max;
    }

    /** Generates article graphs of about 70 quads each until {@code target} quads. */
    private void generate(Path storeDir, long target) {
        BitSet divisions = new BitSet(DIVISIONS);
        BitSet enterprises = new BitSet(POOL);
        try (GraphStore store = GraphStore.open(storeDir)) {
            DataLoader loader = LoaderFactory.phasedLoader(store.dataset(), (fmt, args) -> { });
            loader.startBulk();
            StreamRDF s = loader.stream();
            for (int a = 0; quads < target; a++) article(s, a, divisions, enterprises);
            loader.finishBulk();
        }
    }

    /**
     * One article graph: the article, a sentence, a county and four enterprises with their
     * descriptions (the same in every article that names them, so the union has fewer triples than
     * the quads), a mention of each, a reified statement per enterprise, an official and a post.
     */
    private void article(StreamRDF s, int a, BitSet divisions, BitSet enterprises) {
        Node g = uri("article/bench/" + a);
        quad(s, g, g, Terms.type, CG.Article);
        quad(s, g, g, Terms.headline, zh("第" + a + "篇：县域经济高质量发展"));
        quad(s, g, g, CG.articleIndex, integer(a));
        Node sentence = uri("article/bench/" + a + "/sentence/1");
        quad(s, g, sentence, Terms.type, CG.Sentence);
        quad(s, g, sentence, CG.inArticle, g);
        quad(s, g, sentence, CG.text, zh("攸县第" + a + "号园区引进企业，推动精细化工产业集群发展。"));
        int d = Math.floorMod(a * 31, DIVISIONS);
        Node county = division(s, g, d, divisions);
        mention(s, g, a, 0, county, "县" + d, sentence);
        for (int k = 1; k < 5; k++) {
            int e = Math.floorMod(a * 7919 + k * 4729, POOL);
            Node enterprise = enterprise(s, g, e, enterprises);
            mention(s, g, a, k, enterprise, "企业" + e, sentence);
            Node st = uri("article/bench/" + a + "/fact/" + k);
            quad(s, g, st, Terms.type, Terms.Statement);
            quad(s, g, st, Terms.subject, enterprise);
            quad(s, g, st, Terms.predicate, CG.locatedIn);
            quad(s, g, st, Terms.object, uri("division/" + e % DIVISIONS));
            quad(s, g, st, Terms.wasDerivedFrom, sentence);
        }
        Node person = uri("person/官员" + a);
        Node post = uri("post/官员" + a + "/县长");
        quad(s, g, person, Terms.type, CG.Official);
        quad(s, g, person, Terms.label, zh("官员" + a));
        quad(s, g, person, ORG.holds, post);
        quad(s, g, post, Terms.type, ORG.Post);
        quad(s, g, post, CG.title, zh("县长"));
        quad(s, g, post, ORG.postIn, county);
    }

    private Node division(StreamRDF s, Node g, int d, BitSet seen) {
        Node n = uri("division/" + d);
        quad(s, g, n, Terms.type, CG.County);
        quad(s, g, n, Terms.type, CG.Place);
        quad(s, g, n, Terms.label, zh("县" + d));
        if (seen.get(d)) distinct -= 3;
        seen.set(d);
        return n;
    }

    private Node enterprise(StreamRDF s, Node g, int e, BitSet seen) {
        Node n = uri("enterprise/" + e);
        quad(s, g, n, Terms.type, CG.Enterprise);
        quad(s, g, n, Terms.type, CG.Organization);
        quad(s, g, n, Terms.label, zh("企业" + e));
        quad(s, g, n, CG.locatedIn, uri("division/" + e % DIVISIONS));
        if (seen.get(e)) distinct -= 4;
        seen.set(e);
        return n;
    }

    private void mention(StreamRDF s, Node g, int a, int k, Node entity, String text, Node sentence) {
        quad(s, g, g, CG.mentions, entity);
        Node m = uri("article/bench/" + a + "/mention/" + k);
        quad(s, g, m, Terms.type, CG.Mention);
        quad(s, g, m, CG.denotes, entity);
        quad(s, g, m, CG.anchorText, zh(text));
        quad(s, g, m, CG.startOffset, integer(k * 10));
        quad(s, g, m, CG.endOffset, integer(k * 10 + 4));
        quad(s, g, m, Terms.wasDerivedFrom, sentence);
        quad(s, g, m, CG.confidence, decimal("0.85"));
    }

    private void quad(StreamRDF s, Node g, Node subj, Node p, Node o) {
        s.quad(Quad.create(g, subj, p, o));
        quads++;
        distinct++;
    }

    private static Node uri(String key) { return NodeFactory.createURI(ID + key); }

    private static Node zh(String s) { return NodeFactory.createLiteralLang(s, "zh"); }

    private static Node integer(long v) { return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger); }

    private static Node decimal(String v) { return NodeFactory.createLiteralDT(v, XSDDatatype.XSDdecimal); }
}
