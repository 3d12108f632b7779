package org.countygraph.build;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merged file copied from the per-document files: their union, one prefix block, and one document's file as is. */
class MergedTrigTest {
    @TempDir
    Path dir;

    private static List<Quad> quads(String id) {
        var g = NodeFactory.createURI("https://w3id.org/countygraph/id/article/" + id + "/1");
        return List.of(Quad.create(g, NodeFactory.createURI("https://w3id.org/countygraph/id/person/" + id),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralLang("名" + id, "zh")));
    }

    @Test
    void theMergedFileIsTheUnionWithOnePrefixBlock() throws Exception {
        for (String id : List.of("a", "b", "c")) GraphBuild.writeTrig(quads(id), dir.resolve(id + ".trig"));
        Path merged = dir.resolve("merged.trig");
        MergedTrig.write(dir, List.of("a", "b", "c"), merged);
        DatasetGraph want = DatasetGraphFactory.createTxnMem();
        for (String id : List.of("a", "b", "c")) quads(id).forEach(want::add);
        assertTrue(IsoMatcher.isomorphic(want, RDFDataMgr.loadDatasetGraph(merged.toString())), Files.readString(merged));
        String text = Files.readString(merged);
        assertEquals(1, text.lines().filter(l -> l.startsWith("PREFIX rdfs:")).count(), text);
    }

    @Test
    void oneDocumentsMergedFileIsItsFile() throws Exception {
        GraphBuild.writeTrig(quads("a"), dir.resolve("a.trig"));
        MergedTrig.write(dir, List.of("a"), dir.resolve("merged.trig"));
        assertEquals(Files.readString(dir.resolve("a.trig")), Files.readString(dir.resolve("merged.trig")));
    }

    @Test
    void noDocumentsGiveAnEmptyDataset() {
        MergedTrig.write(dir, List.of(), dir.resolve("merged.trig"));
        assertTrue(RDFDataMgr.loadDatasetGraph(dir.resolve("merged.trig").toString()).isEmpty());
    }
}
