package org.countygraph.build;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.countygraph.TestFiles;
import org.countygraph.extract.Extractor;
import org.countygraph.extract.PipelineExtractor;
import org.countygraph.extract.hanlp.HanlpSegmenter;
import org.countygraph.ingest.SourceReader;
import org.junit.jupiter.api.Test;

/** The committed graphs/ must be what the current extractor makes of the seeds. */
class GraphsUpToDateTest {
    @Test
    void committedGraphOfEverySeedEqualsAFreshExtraction() {
        Extractor x = org.countygraph.extract.hanlp.StandardExtractor.create();
        for (Path file : SourceReader.files(TestFiles.SEEDS)) {
            GraphBuild.DocumentGraphs fresh = GraphBuild.toQuads(x.extract(SourceReader.read(file)));
            Path committed = Path.of("graphs", fresh.documentId() + ".trig");
            assertTrue(Files.exists(committed), committed + " is missing: run bin/countygraph build");
            DatasetGraph expected = DatasetGraphFactory.createTxnMem();
            fresh.quads().forEach(expected::add);
            DatasetGraph actual = RDFDataMgr.loadDatasetGraph(committed.toString());
            assertTrue(IsoMatcher.isomorphic(expected, actual),
                    committed + " is stale: run bin/countygraph build and commit graphs/");
        }
    }

    @Test
    void extractionIsDeterministic() {
        Extractor x = org.countygraph.extract.hanlp.StandardExtractor.create();
        var a = GraphBuild.toQuads(x.extract(TestFiles.seed())).quads();
        var b = GraphBuild.toQuads(x.extract(TestFiles.seed())).quads();
        assertEquals(a, b);
    }
}
