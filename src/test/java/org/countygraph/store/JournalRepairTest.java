package org.countygraph.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntry;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal a crash cut short: its torn tail is dropped, committed entries stay, and the store opens with its data. The
 * journals are written with Jena's own {@link Journal}, so the layout the repair reads is the one Jena writes.
 */
class JournalRepairTest {
    private static final ComponentId COMPONENT = ComponentId.allocLocal();

    /** Writes entries with Jena's journal writer into {@code dir}/journal.jrnl: REDO entries carry data, COMMIT none. */
    private static Path journal(Path dir, JournalEntryType... types) {
        Journal j = Journal.create(Location.create(dir));
        try {
            byte fill = 1;
            for (JournalEntryType t : types) {
                if (t == JournalEntryType.COMMIT) j.writeJournal(JournalEntry.COMMIT);
                else j.write(t, COMPONENT, ByteBuffer.wrap(new byte[] {fill++, 2, 3, 4, 5, 6, 7, 8}));
            }
            j.sync();
        } finally {
            j.close();
        }
        return dir.resolve("journal.jrnl");
    }

    /** The types Jena's own reader reads from a journal file. */
    private static List<JournalEntryType> read(Path dir) {
        Journal j = Journal.create(Location.create(dir));
        try {
            List<JournalEntryType> types = new ArrayList<>();
            j.entries().forEachRemaining(e -> types.add(e.getType()));
            return types;
        } finally {
            j.close();
        }
    }

    @Test
    void aJournalEndingInAWholeCommitIsLeftAsItIs(@TempDir Path dir) throws Exception {
        Path file = journal(dir, JournalEntryType.REDO, JournalEntryType.REDO, JournalEntryType.COMMIT);
        long size = Files.size(file);
        assertEquals(0, JournalRepair.cutTornTail(file), "a committed transaction is Jena's to replay, not ours to cut");
        assertEquals(size, Files.size(file));
        assertEquals(List.of(JournalEntryType.REDO, JournalEntryType.REDO, JournalEntryType.COMMIT), read(dir));
    }

    @Test
    void wholeEntriesAfterTheLastCommitAreLeftToJena(@TempDir Path dir) throws Exception {
        Path file = journal(dir, JournalEntryType.REDO, JournalEntryType.COMMIT, JournalEntryType.REDO);
        assertEquals(0, JournalRepair.cutTornTail(file));
    }

    @Test
    void aTornEntryAfterTheLastCommitIsCutBackToThatCommit(@TempDir Path dir) throws Exception {
        Path file = journal(dir, JournalEntryType.REDO, JournalEntryType.COMMIT);
        long committed = Files.size(file);
        Path other = journal(dir.resolve("uncommitted"), JournalEntryType.REDO, JournalEntryType.REDO);
        byte[] uncommitted = Files.readAllBytes(other);
        Files.write(file, Arrays.copyOf(uncommitted, uncommitted.length - 3), StandardOpenOption.APPEND); // the last data cut short
        assertThrows(RuntimeException.class, () -> read(dir), "Jena's reader refuses a torn entry");
        assertEquals(uncommitted.length - 3, JournalRepair.cutTornTail(file));
        assertEquals(committed, Files.size(file));
        assertEquals(List.of(JournalEntryType.REDO, JournalEntryType.COMMIT), read(dir));
    }

    @Test
    void aTornHeaderWithNoCommitBeforeItEmptiesTheJournal(@TempDir Path dir) throws Exception {
        Path file = journal(dir, JournalEntryType.REDO);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, 10));
        assertEquals(10, JournalRepair.cutTornTail(file));
        assertEquals(0, Files.size(file));
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
        Path data = store.resolve("Data-0001");
        Path journal = data.resolve("journal.jrnl");
        assertTrue(Files.isRegularFile(journal), journal.toString());
        byte[] torn = Files.readAllBytes(journal(dir.resolve("torn"), JournalEntryType.REDO));
        Files.write(journal, Arrays.copyOf(torn, torn.length - 4), StandardOpenOption.APPEND);
        try (GraphStore s = GraphStore.open(store)) {
            assertTrue(Txn.calculateRead(s.dataset(), () -> s.dataset().contains(q)));
        }
    }
}
