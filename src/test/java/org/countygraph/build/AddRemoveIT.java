package org.countygraph.build;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.countygraph.extract.Extractor;
import org.countygraph.ingest.InputFormat;
import org.countygraph.ingest.Reason;
import org.countygraph.rdf.Iris;
import org.countygraph.store.GraphStore;
import org.countygraph.store.StoreException;
import org.countygraph.vocab.CG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code add} and {@code remove}: one document, one transaction; a failure leaves the store as it was. */
class AddRemoveIT {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static GraphBuild build(GraphStore s, Extractor x) {
        return GraphBuild.create().extractor(x).store(s).fingerprint("test").build();
    }

    @Test
    void addReplaceRemove() throws IOException {
        Path a = write("liling.txt", "醴陵市新闻\n\n醴陵市委书记李明主持召开全市经济工作会议。\n");
        try (GraphStore s = GraphStore.open(dir.resolve("store"))) {
            GraphBuild b = build(s, IncrementalBuildIT.extractor());
            assertEquals(Outcome.Status.LOADED, b.add(List.of(a)).outcomes().get(0).status());
            Set<Quad> once = StoreContents.quads(s);

            // F17: the same file twice changes nothing; the same text under another name is a duplicate
            assertEquals(Outcome.Status.UNCHANGED, b.add(List.of(a)).outcomes().get(0).status());
            Path copy = Files.copy(a, dir.resolve("liling-copy.txt"));
            Outcome dup = b.add(List.of(copy)).outcomes().get(0);
            assertEquals(Outcome.Status.DUPLICATE, dup.status());
            assertTrue(dup.message().contains("liling"), dup.message());
            assertEquals(once, StoreContents.quads(s));

            // replacing: the official of the old version is gone
            write("liling.txt", "醴陵市新闻\n\n醴陵市委书记陈亮主持召开全市经济工作会议。\n");
            assertEquals(Outcome.Status.LOADED, b.add(List.of(a)).outcomes().get(0).status());
            assertFalse(StoreContents.labels(s).contains("李明"));
            assertTrue(StoreContents.labels(s).contains("陈亮"));

            // standard input, with an id
            BuildReport in = b.add(new ByteArrayInputStream("茶陵县新闻\n\n茶陵县委书记王刚调研项目建设。\n".getBytes(StandardCharsets.UTF_8)),
                    "-", "chaling-stdin", InputFormat.TEXT);
            assertEquals(Outcome.Status.LOADED, in.outcomes().get(0).status());
            assertTrue(s.registry().containsKey("chaling-stdin"));

            BuildReport removed = b.remove(List.of("liling", "no-such-document"));
            assertEquals(List.of(Outcome.Status.REMOVED, Outcome.Status.FAILED),
                    removed.outcomes().stream().map(Outcome::status).toList());
            assertEquals(Reason.NOT_FOUND, removed.outcomes().get(1).reason().orElseThrow());
            assertFalse(StoreContents.labels(s).contains("陈亮"));
            assertEquals(Set.of("chaling-stdin"), s.registry().keySet());
        }
    }

    /** The extractor fails: the failure is reported, and the store holds exactly what it held. */
    @Test
    void aFailedExtractionLeavesTheStoreAsItWas() throws IOException {
        Path a = write("liling.txt", "醴陵市新闻\n\n醴陵市委书记李明主持召开全市经济工作会议。\n");
        try (GraphStore s = GraphStore.open(dir.resolve("store"))) {
            build(s, IncrementalBuildIT.extractor()).add(List.of(a));
            Set<Quad> before = StoreContents.quads(s);
            write("liling.txt", "醴陵市新闻\n\n醴陵市委书记陈亮主持召开全市经济工作会议。\n");
            Extractor failing = d -> { throw new IllegalStateException("segmenter broke on " + d.id()); };
            Outcome o = build(s, failing).add(List.of(a)).outcomes().get(0);
            assertEquals(Reason.EXTRACT_ERROR, o.reason().orElseThrow());
            assertTrue(o.message().contains("segmenter broke on liling"), o.message());
            assertEquals(before, StoreContents.quads(s));
        }
    }

    /** The store refuses a write half-way through a document: the transaction aborts, the earlier version is whole. */
    @Test
    void aWriteThatFailsHalfWayLeavesTheStoreAsItWas() throws IOException {
        Path a = write("liling.txt", "醴陵市新闻\n\n醴陵市委书记李明主持召开全市经济工作会议。\n");
        try (GraphStore s = GraphStore.open(dir.resolve("store"))) {
            build(s, IncrementalBuildIT.extractor()).add(List.of(a));
            Set<Quad> before = StoreContents.quads(s);
            Node doc = NodeFactory.createURI(Iris.document("liling"));
            Node g = NodeFactory.createURI(Iris.article("liling", 1));
            List<Quad> quads = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                quads.add(Quad.create(g, NodeFactory.createURI(CG.ID + "x/" + i), CG.documentId, NodeFactory.createLiteralString("v" + i)));
            }
            quads.add(Quad.create(Quad.defaultGraphIRI, doc, CG.documentId, NodeFactory.createLiteralString("oops")));
            List<Triple> registry = List.of(Triple.create(doc, CG.documentId, NodeFactory.createLiteralString("liling")));
            assertThrows(StoreException.class, () -> s.replaceDocument(doc, registry, quads));
            assertEquals(before, StoreContents.quads(s));
            assertFalse(s.removeDocument(NodeFactory.createURI(Iris.document("nothing"))));
            assertEquals(before, StoreContents.quads(s));
        }
    }
}
