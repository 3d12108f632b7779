package org.countygraph.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.countygraph.build.GraphBuild;
import org.countygraph.extract.hanlp.StandardExtractor;
import org.countygraph.ingest.SourceReader;
import org.junit.jupiter.api.Test;

/**
 * Whole articles against their expected graphs, compared by isomorphism. The expected graph of
 * {@code golden/brief.txt} (an article written for this test) was checked by reading it: the county
 * 醴陵市, its secretary's post, three industries it develops, the “陶瓷+” initiative, an enterprise, a figure
 * with its growth rate, and the journalists credited.
 */
class GoldenGraphTest {
    @Test
    void briefArticleGivesItsExpectedGraph() {
        Path dir = Path.of("src/test/resources/golden");
        DatasetGraph actual = DatasetGraphFactory.createTxnMem();
        GraphBuild.toQuads(StandardExtractor.create().extract(SourceReader.read(dir.resolve("brief.txt")))).quads()
                .forEach(actual::add);
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(dir.resolve("brief.trig").toString());
        assertTrue(IsoMatcher.isomorphic(expected, actual),
                () -> "graphs differ.\nexpected:\n" + trig(expected) + "\nactual:\n" + trig(actual));
    }

    private static String trig(DatasetGraph ds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, ds, RDFFormat.NQUADS);
        return out.toString(StandardCharsets.UTF_8);
    }
}
