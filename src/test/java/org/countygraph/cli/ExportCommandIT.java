package org.countygraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.countygraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented {@code export} command lines, from files and from a store. */
class ExportCommandIT {
    @TempDir
    Path dir;

    @Test
    void exportsFilesToNquadsAndAStoreToNeo4jCsv() throws Exception {
        Path nq = dir.resolve("out/all.nq");
        assertEquals(0, Main.run("export", "--data", "graphs/countygraph.trig", "--format", "nq", "-o", nq.toString()));
        DatasetGraph expected = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(expected, "graphs/countygraph.trig");
        DatasetGraph actual = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(actual, nq.toString());
        assertTrue(IsoMatcher.isomorphic(expected, actual), "the nq export differs from its source");

        Path storeDir = dir.resolve("tdb2");
        try (GraphStore s = GraphStore.open(storeDir)) {
            Txn.executeWrite(s.dataset(), () -> RDFDataMgr.read(s.dataset(), "graphs/countygraph.trig"));
        }
        Path csv = dir.resolve("neo4j");
        assertEquals(0, Main.run("export", "--store", storeDir.toString(), "--format", "csv", "--area", "id:division/430223", "-o", csv.toString()));
        String nodes = Files.readString(csv.resolve("nodes.csv"), StandardCharsets.UTF_8);
        assertTrue(nodes.startsWith("iri:ID,:LABEL,label,type"), nodes);
        assertTrue(nodes.contains("\"攸县\""), nodes);
        assertTrue(Files.readString(csv.resolve("relationships.csv")).startsWith(":START_ID,:END_ID,:TYPE"));
    }

    @Test
    void mistakesAreErrorsAndWriteNothing() {
        Path out = dir.resolve("x");
        assertNotEquals(0, Main.run("export", "--data", "graphs/countygraph.trig", "--format", "csv"), "csv needs -o DIR");
        assertNotEquals(0, Main.run("export", "--data", "graphs/countygraph.trig", "--format", "png", "-o", out.toString()));
        assertNotEquals(0, Main.run("export", "--store", dir.resolve("none").toString(), "--format", "nq", "-o", out.toString()));
        assertNotEquals(0, Main.run("export", "--data", "graphs/countygraph.trig", "--format", "svg", "--around", "id:division/999999",
                "-o", out.toString()));
        assertFalse(Files.exists(out), "an output was written by a failed export");
        assertFalse(Files.exists(dir.resolve("none")), "a missing store was created");
    }
}
