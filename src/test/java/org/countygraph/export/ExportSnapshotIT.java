package org.countygraph.export;

import static org.countygraph.export.ExportFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.countygraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export reads one snapshot of the store: a write committed while it runs is not in it. */
class ExportSnapshotIT {
    @TempDir
    Path dir;

    @Test
    void aWriteCommittedDuringAnExportIsNotInIt() throws Exception {
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(store.dataset(), "graphs/countygraph.trig"));
            long before = store.size();
            CountDownLatch written = new CountDownLatch(1);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            OutputStream gated = new OutputStream() {
                private boolean waited;

                @Override
                public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (!waited) {
                        waited = true;
                        // The export has begun reading; let a writer commit 1000 quads before it goes on.
                        CompletableFuture.runAsync(() -> Txn.executeWrite(store.dataset(), () -> {
                            for (int i = 0; i < 1000; i++) {
                                store.dataset().add(Quad.create(NodeFactory.createURI(ID + "graph/late"),
                                        NodeFactory.createURI(ID + "late/" + i), NodeFactory.createURI(ID + "p"), NodeFactory.createURI(ID + "o")));
                            }
                        })).thenRun(written::countDown);
                        try {
                            // A guard against a writer blocked by the reader (a deadlock), not a performance bound.
                            if (!written.await(5, java.util.concurrent.TimeUnit.MINUTES)) throw new IOException("the writer never committed");
                        } catch (InterruptedException e) {
                            throw new IOException(e);
                        }
                    }
                    bytes.write(b, off, len);
                }
            };
            ExportReport report = Exporter.create().dataset(store.dataset()).build().export(Selection.ALL, ExportFormat.NQ, name -> gated);
            assertEquals(0, written.getCount(), "the writer did not commit during the export");
            assertEquals(before, report.statements());
            assertEquals(before, RdfExportTest.parseDataset(bytes.toByteArray(), Lang.NQUADS).stream().count());
            assertEquals(before + 1000, store.size(), "the write was committed");
        }
    }
}
