package org.countygraph.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.Adler32;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal a crash cut short: its torn tail is dropped, committed entries stay, and the store opens with its data. */
class JournalRepairTest {
    /** A journal entry as Jena writes it: length, Adler-32 of header (checksum zeroed) and data, type, component, data. */
    private static byte[] entry(int type, byte[] data) {
        ByteBuffer header = ByteBuffer.allocate(28);
        header.putInt(0, data.length);
        header.putInt(8, type);
        Adler32 a = new Adler32();
        a.update(header.array());
        a.update(data);
        header.putInt(4, (int) a.getValue());
        ByteBuffer all = ByteBuffer.allocate(28 + data.length);
        all.put(header.array()).put(data);
        return all.array();
    }

    @Test
    void aTornEntryAfterTheLastCommitIsCutAndAWholeJournalIsLeftAlone(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("journal.jrnl");
        byte[] redo = entry(1, new byte[] {1, 2, 3, 4});
        byte[] commit = entry(3, new byte[0]);
        byte[] uncommitted = entry(1, new byte[] {9, 9});
        Files.write(journal, redo);
        Files.write(journal, commit, StandardOpenOption.APPEND);
        Files.write(journal, uncommitted, StandardOpenOption.APPEND);
        assertEquals(0, JournalRepair.cutTornTail(journal), "a whole journal is Jena's to recover");
        byte[] torn = entry(1, new byte[24]);
        Files.write(journal, java.util.Arrays.copyOf(torn, 28), StandardOpenOption.APPEND); // the header, not the data
        long before = Files.size(journal);
        long cut = JournalRepair.cutTornTail(journal);
        assertEquals(redo.length + commit.length, Files.size(journal));
        assertEquals(before - Files.size(journal), cut);
    }

    @Test
    void aStoreWhoseJournalEndsInATornEntryOpensWithItsData(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("tdb2");
        Quad q = Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"),
                NodeFactory.createLiteralString("kept"));
        try (GraphStore s = GraphStore.open(store)) {
            Txn.executeWrite(s.dataset(), () -> s.dataset().add(q));
        }
        org.apache.jena.tdb2.sys.TDBInternal.expel(org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(store.toRealPath().toString()), true);
        Path journal = store.resolve("Data-0001").resolve("journal.jrnl");
        assertTrue(Files.isRegularFile(journal), journal.toString());
        Files.write(journal, java.util.Arrays.copyOf(entry(1, new byte[24]), 28), StandardOpenOption.APPEND);
        try (GraphStore s = GraphStore.open(store)) {
            assertTrue(Txn.calculateRead(s.dataset(), () -> s.dataset().contains(q)));
        }
    }
}
