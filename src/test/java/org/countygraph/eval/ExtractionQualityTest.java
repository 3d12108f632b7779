package org.countygraph.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.countygraph.build.GraphBuild;
import org.countygraph.extract.Extractor;
import org.countygraph.extract.hanlp.StandardExtractor;
import org.countygraph.ingest.SourceReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extractor's quality, measured as {@code bin/countygraph eval} measures it, against bars set from
 * the figures reached (docs/EXTRACTION.md). A change that drops a figure below its bar fails here.
 */
class ExtractionQualityTest {
    static Extractor x;

    @BeforeAll
    static void load() { x = StandardExtractor.create(); }

    private static Map<String, Score> score(List<Path[]> pairs) {
        Map<String, Score> total = new LinkedHashMap<>();
        for (Path[] p : pairs) {
            DatasetGraph ds = DatasetGraphFactory.createTxnMem();
            GraphBuild.toQuads(x.extract(SourceReader.read(p[1]))).quads().forEach(ds::add);
            for (Score s : Evaluator.score(Gold.read(p[0]), Predicted.of(ds))) total.merge(s.kind(), s, Score::plus);
        }
        return total;
    }

    /** Gold and document paths numbered alike: the formats with each number in turn. */
    private static List<Path[]> pairs(String goldFormat, String docFormat, IntStream numbers) {
        return numbers.mapToObj(n -> new Path[] {Path.of(String.format(goldFormat, n)), Path.of(String.format(docFormat, n))}).toList();
    }

    private static void assertBars(Map<String, Score> scores, Map<String, Double> bars) {
        List<String> below = new ArrayList<>();
        bars.forEach((kind, bar) -> {
            Score s = scores.get(kind);
            if (s.f1() < bar) below.add(String.format(Locale.ROOT, "%s F1 %.3f < %.2f (P %.3f R %.3f)", kind, s.f1(), bar, s.precision(), s.recall()));
        });
        assertTrue(below.isEmpty(), "below the bar: " + below);
    }

    @Test
    void seedPageAgainstItsGold() {
        Map<String, Score> s = score(List.<Path[]>of(new Path[] {Path.of("src/test/resources/gold/seed.tsv"),
                Path.of("seeds/000_48f2b71468c19a9e.txt")}));
        assertBars(s, Map.ofEntries(Map.entry("person", 0.95), Map.entry("county", 0.95), Map.entry("place", 0.75),
                Map.entry("enterprise", 0.8), Map.entry("industry", 0.85), Map.entry("initiative", 0.9),
                Map.entry("posts", 0.95), Map.entry("partof", 0.9), Map.entry("develops", 0.55), Map.entry("runs", 0.8),
                Map.entry("indicator", 0.8)));
    }

    @Test
    void devArticlesAgainstTheirGold() {
        Map<String, Score> s = score(pairs("src/test/resources/dev-news/dev-%d.tsv", "src/test/resources/dev-news/dev-%d.txt",
                IntStream.rangeClosed(1, 8)));
        assertBars(s, Map.ofEntries(Map.entry("person", 0.97), Map.entry("county", 0.9), Map.entry("place", 0.9),
                Map.entry("enterprise", 0.82), Map.entry("industry", 0.83), Map.entry("initiative", 0.85),
                Map.entry("posts", 0.9), Map.entry("partof", 0.85), Map.entry("located", 0.8), Map.entry("develops", 0.67),
                Map.entry("runs", 0.55), Map.entry("indicator", 0.65)));
        // the precision the issue asks of posts and counties on unseen text
        assertTrue(s.get("county").precision() >= 0.9, "county precision " + s.get("county").precision());
    }

    /** The second development set (src/test/resources/pd-dev/SOURCE.md): 287 People's Daily regional articles. */
    @Test
    void secondDevSetAgainstItsGold() {
        Map<String, Score> s = score(pairs("src/test/resources/pd-dev/pd-%d.tsv", "src/test/resources/pd-dev/pd-%d.txt",
                IntStream.rangeClosed(1, 287)));
        assertBars(s, Map.ofEntries(Map.entry("person", 0.95), Map.entry("county", 0.92), Map.entry("place", 0.85),
                Map.entry("enterprise", 0.82), Map.entry("industry", 0.47), Map.entry("initiative", 0.47),
                Map.entry("posts", 0.9), Map.entry("partof", 0.84), Map.entry("located", 0.32), Map.entry("develops", 0.35),
                Map.entry("runs", 0.37), Map.entry("indicator", 0.37)));
    }

    /**
     * The test split (src/test/resources/pd-test/README.md, one hundred and forty-four articles): bars just under the figures measured,
     * not goals. Nobody reads its errors or tunes a rule on it; a change that lowers a figure on it fails here all the same.
     */
    @Test
    void testSplitAgainstItsGold() {
        Map<String, Score> s = score(pairs("src/test/resources/pd-test/pt-%d.tsv", "src/test/resources/pd-test/pt-%d.txt",
                IntStream.rangeClosed(1, 144)));
        assertBars(s, Map.ofEntries(Map.entry("person", 0.91), Map.entry("county", 0.94), Map.entry("place", 0.83),
                Map.entry("enterprise", 0.70), Map.entry("industry", 0.42), Map.entry("initiative", 0.47),
                Map.entry("posts", 0.83), Map.entry("partof", 0.82), Map.entry("located", 0.39)));
        // the precision the issue asks of posts and counties on unseen text, met on the test split
        assertTrue(s.get("posts").precision() >= 0.9, "posts precision " + s.get("posts").precision());
        assertTrue(s.get("county").precision() >= 0.9, "county precision " + s.get("county").precision());
    }

    /** The held-out pages (src/test/resources/heldout/README.md): bars just under today's figures, not goals; no rule is tuned on them. */
    @Test
    void heldOutPagesAgainstTheirGold() {
        Map<String, Score> s = score(pairs("src/test/resources/heldout/huangshi-%d.tsv",
                "src/test/resources/org/countygraph/ingest/news-html/detail-%d.html", IntStream.of(469, 474, 476, 479, 484, 485)));
        assertBars(s, Map.ofEntries(Map.entry("person", 0.86), Map.entry("county", 0.95), Map.entry("place", 0.65),
                Map.entry("enterprise", 0.85), Map.entry("industry", 0.5), Map.entry("initiative", 0.35),
                Map.entry("posts", 0.77), Map.entry("partof", 0.5)));
    }

    @Test
    void scoringCountsWhatMatches() {
        assertTrue(Evaluator.sameQuantity("182.5亿", "元", "182.5", "亿元"));
        assertTrue(Evaluator.sameQuantity("超450亿", "元", "超450亿", "元"));
        assertFalse(Evaluator.sameQuantity("45", "亿元", "450", "亿元"));
        assertFalse(Evaluator.sameQuantity("9", "个", "9", "家"));
        Score sc = new Score("x", 4, 5, 3, 2);
        assertEquals(0.75, sc.precision(), 1e-9);
        assertEquals(0.4, sc.recall(), 1e-9);
    }
}
