package org.countygraph.validate;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.countygraph.build.ReferenceGraphs;
import org.junit.jupiter.api.Test;

/**
 * The graph built from the seed (graphs/countygraph.trig, kept equal to a fresh build by
 * GraphsUpToDateTest) with the reference graphs has no SHACL violation. Its graphs are the
 * article graphs and the shared names graph.
 */
class SeedGraphValidationTest {
    @Test
    void theSeedGraphHasNoViolations() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(ds, Path.of("graphs", "countygraph.trig").toString());
        int articles = (int) org.apache.jena.atlas.iterator.Iter.count(
                org.apache.jena.atlas.iterator.Iter.filter(ds.listGraphNodes(), g -> !g.getURI().startsWith(org.countygraph.vocab.CG.GRAPH)));
        ReferenceGraphs.addTo(ds);
        ValidationReport r = GraphValidator.bundled().validate(ds);
        assertEquals(0, r.violations(), () -> String.join("\n", r.findings().stream().map(Finding::line).toList()));
        assertEquals(articles, r.articleGraphs(), "every article graph checked on its own");
        assertTrue(articles >= 1);
        assertTrue(r.triples() > 30_000, "the union includes the gazetteer and the taxonomy: " + r.triples());
    }

    @Test
    void aStoreAboveTheCopyLimitIsValidatedInPlaceWithTheSameFindings() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(ds, Path.of("graphs", "countygraph.trig").toString());
        ReferenceGraphs.addTo(ds);
        // a township with no name in an article graph: a violation either way
        ds.add(org.apache.jena.graph.NodeFactory.createURI(org.countygraph.vocab.CG.ID + "article/x/1"),
                org.apache.jena.graph.NodeFactory.createURI(org.countygraph.vocab.CG.ID + "place/x/甲乙镇"),
                org.countygraph.vocab.Terms.type, org.countygraph.vocab.CG.Township);
        ValidationReport copied = GraphValidator.bundled().validate(ds);
        ValidationReport inPlace = GraphValidator.create().shapes(org.countygraph.vocab.OntologyFiles.shapes())
                .articleShapes(org.countygraph.vocab.OntologyFiles.articleShapes()).copyLimit(0).build().validate(ds);
        assertTrue(copied.violations() > 0, "the nameless township");
        assertEquals(copied.findings(), inPlace.findings());
        assertEquals(copied.triples(), inPlace.triples());
    }
}
