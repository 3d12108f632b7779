package org.countygraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.Adler32;
import org.apache.jena.dboe.transaction.txn.ComponentId;

/**
 * The repair of a TDB2 journal whose last entry a crash cut short.
 *
 * <p>A process killed while it writes a transaction's journal entries can leave a header with no data
 * after it. Jena's recovery then stops with "Failed to read the journal entry data" and the store does
 * not open. Such an entry belongs to a transaction that never committed: a commit is acknowledged only
 * once its COMMIT entry is written and forced to disk. So the journal is cut back to the end of its last
 * whole COMMIT entry, and Jena's recovery replays what it holds, as after any crash. The layout read here
 * is Jena's {@code org.apache.jena.dboe.transaction.txn.journal.Journal}: a header of length, Adler-32
 * checksum, entry type and a 4-byte component id, then the data; an entry with no data (COMMIT, ABORT) has
 * the length -1. What is kept is what Jena's recovery ({@code TransactionCoordinator.recovery}) replays:
 * the entries up to the last COMMIT.
 */
final class JournalRepair {
    /** Length, checksum, type, then a component id of {@code ComponentId.SIZE} (4) bytes. */
    private static final int HEADER = 3 * Integer.BYTES + ComponentId.SIZE;
    private static final int CHECKSUM_AT = 4;
    /** {@code JournalEntryType.COMMIT}'s id (package-private in Jena; its {@code type(int)} throws on an unknown id). */
    private static final int COMMIT = 3;
    /** The length Jena writes for an entry with no data (COMMIT, ABORT): -1, not 0. */
    private static final int NO_DATA = -1;

    private JournalRepair() {}

    /** Cuts the torn tail of every journal in the store folder {@code dir} ({@code Data-*&#47;journal.jrnl}); returns the bytes cut. */
    static long repair(Path dir) {
        long cut = 0;
        if (!Files.isDirectory(dir)) return 0;
        try (DirectoryStream<Path> data = Files.newDirectoryStream(dir, "Data-*")) {
            for (Path d : data) cut += cutTornTail(d.resolve("journal.jrnl"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal of the store at " + dir, e);
        }
        return cut;
    }

    /**
     * Cuts {@code journal} back to the end of its last whole COMMIT entry when an entry after it is torn (a short
     * header, short data or a wrong checksum); leaves a whole journal as it is. Returns the bytes cut.
     */
    static long cutTornTail(Path journal) throws IOException {
        if (!Files.isRegularFile(journal)) return 0;
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long pos = 0;
            long lastCommitEnd = 0;
            while (pos < size) {
                ByteBuffer header = readFully(ch, pos, HEADER);
                if (header == null) break;
                int len = header.getInt(0);
                int checksum = header.getInt(CHECKSUM_AT);
                int type = header.getInt(8);
                if (len < NO_DATA) break;
                int dataLength = Math.max(len, 0);
                if (pos + HEADER + dataLength > size) break;
                ByteBuffer data = readFully(ch, pos + HEADER, dataLength);
                if (data == null) break;
                Adler32 adler = new Adler32();
                byte[] h = header.array().clone();
                for (int i = CHECKSUM_AT; i < CHECKSUM_AT + 4; i++) h[i] = 0;
                adler.update(h);
                adler.update(data.array());
                if ((int) adler.getValue() != checksum) break;
                pos += HEADER + dataLength;
                if (type == COMMIT) lastCommitEnd = pos;
            }
            if (pos >= size) return 0;
            ch.truncate(lastCommitEnd);
            ch.force(true);
            return size - lastCommitEnd;
        }
    }

    /** {@code n} bytes at {@code at}, or null when the file ends first. */
    private static ByteBuffer readFully(FileChannel ch, long at, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            int r = ch.read(b, at + b.position());
            if (r < 0) return null;
        }
        return b;
    }
}
