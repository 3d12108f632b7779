package org.countygraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.countygraph.build.ReferenceGraphs;
import org.countygraph.cli.Main;
import org.countygraph.ingest.InputLimits;
import org.countygraph.store.GraphStore;
import org.countygraph.vocab.CG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode ({@code local[2]}) over the seed, the government work reports, the GBK
 * pages and two bad inputs: its article graphs are those {@code extract} makes, graph by graph
 * (isomorphic), and each bad input fails alone in the report.
 */
class ExtractJobTest {
    /** The inputs besides the work reports, relative to the repository (the working folder of the build's tests). */
    static final List<String> CORPUS = List.of("seeds", "src/test/resources/org/countygraph/ingest/news-html");

    /** The government work reports, 72 records, 1.1 M characters: the test takes the first {@link #REPORTS} (property {@code spark.test.reports}, {@code all} for every one). */
    static final Path REPORTS_FILE = Path.of("bench/corpus/government_work_reports.jsonl");

    static final int REPORTS = reports(System.getProperty("spark.test.reports", "12"));

    static int reports(String value) {
        if (value.equals("all")) return Integer.MAX_VALUE;
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("spark.test.reports must be a number or 'all': '" + value + "'", e);
        }
    }

    @TempDir
    static Path tmp;

    static JavaSparkContext sc;
    static JobSummary summary;
    static List<String> inputs;
    static Path out;

    @BeforeAll
    static void runJob() throws IOException {
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.write(bad.resolve("picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        Files.writeString(bad.resolve("records.jsonl"), "{\"content\": \"攸县县委书记李鹏程到鸾山镇调研。\"}\n{\"content\": \"truncated\n");
        Path reports = Files.createDirectories(tmp.resolve("corpus")).resolve(REPORTS_FILE.getFileName());
        try (Stream<String> lines = Files.lines(REPORTS_FILE)) {
            Files.write(reports, lines.limit(REPORTS).toList());
        }
        inputs = new ArrayList<>(CORPUS);
        inputs.add(reports.toString());
        inputs.add(bad.toString());
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("ExtractJobTest")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
        sc = new JavaSparkContext(conf);
        out = tmp.resolve("out");
        summary = ExtractJob.run(sc, inputs.stream().map(p -> Path.of(p).toAbsolutePath().toString()).toList(), out.toString(), 4,
                InputLimits.DEFAULT, "test-fingerprint", true);
    }

    @AfterAll
    static void stop() {
        if (sc != null) sc.close();
    }

    private static DatasetGraph read(Stream<Path> files) {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        files.forEach(f -> {
            try (InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(ds);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return ds;
    }

    private static List<Path> parts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    private static Map<String, Graph> articleGraphs(DatasetGraph ds) {
        Map<String, Graph> out = new TreeMap<>();
        ds.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(GraphStore.DOCUMENTS)) out.put(g.getURI(), ds.getGraph(g));
        });
        return out;
    }

    @Test
    void articleGraphsAreIsomorphicToWhatExtractMakes() throws IOException {
        Path ref = tmp.resolve("extract.nq");
        List<String> args = new ArrayList<>(List.of("extract", "--format", "nq", "-o", ref.toString()));
        args.addAll(inputs);
        assertEquals(2, Main.run(args.toArray(String[]::new)), "extract reports the two bad inputs");
        Map<String, Graph> expected = articleGraphs(read(Stream.of(ref)));
        Map<String, Graph> actual = articleGraphs(read(parts(out.resolve("quads")).stream()));

        assertTrue(expected.size() > 20, "the corpus makes many article graphs: " + expected.size());
        assertEquals(expected.keySet(), actual.keySet(), "the same article graphs");
        List<String> different = expected.keySet().stream()
                .filter(g -> !expected.get(g).isIsomorphicWith(actual.get(g))).toList();
        assertEquals(List.of(), different, "article graphs that differ from extract's");
        long expectedQuads = expected.values().stream().mapToLong(Graph::size).sum();
        long actualQuads = actual.values().stream().mapToLong(Graph::size).sum();
        assertEquals(expectedQuads, actualQuads);
    }

    @Test
    void everyDocumentHasOneReportRowAndTheBadOnesFailAlone() throws IOException {
        List<String> rows = new ArrayList<>();
        for (Path p : parts(out.resolve("report"))) rows.addAll(Files.readAllLines(p));
        assertEquals(Extracted.REPORT_HEADER, Files.readString(out.resolve("report/_header.tsv")).strip());
        Map<String, String> status = rows.stream().map(r -> r.split("\t", -1))
                .collect(Collectors.toMap(c -> c[0], c -> c[2] + (c[3].isEmpty() ? "" : " " + c[3])));
        assertEquals("FAILED UNSUPPORTED_FORMAT", status.get("picture"));
        assertEquals("FAILED BAD_RECORD", status.get("records-2"));
        assertEquals("ok", status.get("records-1"), "the good record of a file with a bad one");
        assertEquals("ok", status.get("000_48f2b71468c19a9e"), "the seed");
        assertEquals("ok", status.get("detail-469"), "a GBK page");
        assertEquals(2, status.values().stream().filter(s -> !s.equals("ok")).count(), "only the bad inputs fail: " + status);
        assertEquals(status.size(), summary.ok() + summary.failed());
        assertEquals(2, summary.failed());
        assertFalse(rows.stream().anyMatch(r -> r.split("\t", -1).length != 7), "7 columns in every row");
    }

    @Test
    void theDocumentsGraphListsEveryExtractedDocumentWithItsFingerprint() throws IOException {
        DatasetGraph ds = read(parts(out.resolve("quads")).stream());
        Graph docs = ds.getGraph(GraphStore.DOCUMENTS);
        Set<String> ids = new TreeSet<>();
        docs.find(Node.ANY, CG.documentId, Node.ANY).forEachRemaining(t -> ids.add(t.getObject().getLiteralLexicalForm()));
        assertEquals(summary.ok(), ids.size());
        assertEquals(summary.ok(), docs.find(Node.ANY, CG.extractor, Node.ANY).filterKeep(t -> t.getObject().getLiteralLexicalForm()
                .equals("test-fingerprint")).toList().size());
        long[] written = {0};
        for (Path f : parts(out.resolve("quads"))) {
            try (InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(new org.apache.jena.riot.system.StreamRDFBase() {
                    @Override
                    public void quad(org.apache.jena.sparql.core.Quad q) { written[0]++; }
                });
            }
        }
        assertEquals(summary.quads(), written[0], "the summary counts the quads written");
        assertTrue(Iter.count(ds.find()) < written[0], "documents repeat the names of the entities they share; a dataset holds them once");
    }

    static final Set<Node> REFERENCE = Set.of(ReferenceGraphs.ONTOLOGY, ReferenceGraphs.SHAPES, ReferenceGraphs.ARTICLE_SHAPES,
            ReferenceGraphs.INDUSTRIES, ReferenceGraphs.DIVISIONS);

    @Test
    void loadTakesTheJobsGzipPartitionsIntoAStore() throws IOException {
        assertTrue(parts(out.resolve("quads")).stream().allMatch(p -> p.toString().endsWith(".gz")), "--gzip partitions");
        Path store = tmp.resolve("data/tdb2");
        assertEquals(0, Main.run("load", out.resolve("quads").toString(), "--store", store.toString()));
        try (GraphStore s = GraphStore.open(store)) {
            long documentQuads = Txn.calculateRead(s.dataset(), () -> Iter.count(Iter.filter(
                    s.dataset().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY), q -> !REFERENCE.contains(q.getGraph()))));
            long distinct = Iter.count(read(parts(out.resolve("quads")).stream()).find());
            assertEquals(distinct, documentQuads, "the store holds every quad the job wrote (each once), and the reference graphs besides");
            assertEquals(summary.ok(), s.registry().size(), "the build's view of the store lists every document");
        }
    }

    @Test
    void everyTaskOfTheExecutorSharesOneExtractor() {
        long distinct = sc.parallelize(IntStream.range(0, 8).boxed().toList(), 8)
                .map(i -> System.identityHashCode(ExecutorExtractor.get())).distinct().count();
        assertEquals(1, distinct, "HanLP and the dictionaries load once per executor");
    }
}
