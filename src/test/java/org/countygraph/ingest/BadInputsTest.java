package org.countygraph.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reliability plan's input faults that a reader must answer on its own (F1, F7-F10, F20),
 * with fixtures generated here: each bad input is one problem naming the file and the reason.
 */
class BadInputsTest {
    private static final String NEWS = "醴陵市召开经济工作会议。\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    /** F1: nothing to extract. */
    @ParameterizedTest
    @ValueSource(strings = {"", "\uFEFF", " \n\n\t\u3000\r\n"})
    void emptyInputsAreEmpty(String content) throws IOException {
        Path p = write("empty.txt", content.getBytes(StandardCharsets.UTF_8));
        InputException e = InputCollector.read(p).onlyProblem(Reason.EMPTY, p.toString());
        assertEquals("empty", e.documentId());
    }

    /** F7 and F10: binary files, archives included (archives are never opened, so no zip bomb can go off). */
    @ParameterizedTest
    @ValueSource(strings = {"png", "zip", "pdf", "gzip", "jpeg", "random", "nul"})
    void binaryInputsAreUnsupported(String kind) throws IOException {
        byte[] bytes = switch (kind) {
            case "png" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
            case "zip" -> zip();
            case "pdf" -> "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
            case "gzip" -> gzip(NEWS.repeat(100).getBytes(StandardCharsets.UTF_8));
            case "jpeg" -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
            case "random" -> random(4096);
            default -> TextDecoderTest.concat(NEWS.repeat(1000).getBytes(StandardCharsets.UTF_8), new byte[] {0, 'x'});
        };
        Path p = write("input." + kind, bytes);
        InputException e = InputCollector.read(p).onlyProblem(Reason.UNSUPPORTED_FORMAT, p.toString());
        if (kind.equals("nul")) assertEquals(bytes.length - 2, e.byteOffset(), e.getMessage());
    }

    /** F8: a 200 MB file is refused by its size, unread (the file is sparse: it takes no disk space). */
    @Test
    void aHugeFileIsRefusedWithoutReadingIt() throws IOException {
        Path p = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.write(NEWS.getBytes(StandardCharsets.UTF_8));
            f.setLength(200L << 20);
        }
        InputException e = InputCollector.read(p).onlyProblem(Reason.TOO_LARGE, p.toString());
        assertTrue(e.getMessage().contains(Long.toString(200L << 20)), e.getMessage());
    }

    /** F8: a 200 MB single line on standard input costs no more than the limit: reading stops one byte past it. */
    @Test
    void aHugeStreamIsCutOffAtTheLimit() {
        long limit = 1L << 20;
        CountingLine line = new CountingLine(200L << 20);
        InputCollector c = InputCollector.read(line, InputLimits.DEFAULT.withMaxFileBytes(limit));
        c.onlyProblem(Reason.TOO_LARGE, "-");
        assertTrue(line.served <= limit + 1, "read " + line.served + " bytes of a 200 MB line with a 1 MB limit");
        assertTrue(line.served > limit, "read " + line.served);
    }

    /** F9: a file of exactly the limit is read; one byte more is refused; a text over the article limit is refused. */
    @Test
    void limitsAreExactAndConfigurable() throws IOException {
        byte[] text = NEWS.repeat(50).getBytes(StandardCharsets.UTF_8);
        Path p = write("edge.txt", text);
        InputLimits exact = InputLimits.DEFAULT.withMaxFileBytes(text.length);
        assertEquals(NEWS.repeat(50), InputCollector.read(p, exact).onlyDocument().document().text());
        InputCollector.read(p, exact.withMaxFileBytes(text.length - 1)).onlyProblem(Reason.TOO_LARGE, p.toString());
        int chars = NEWS.length() * 50;
        assertEquals(1, InputCollector.read(p, exact.withMaxArticleChars(chars)).documents.size());
        InputException tooLong = InputCollector.read(p, exact.withMaxArticleChars(chars - 1)).onlyProblem(Reason.TOO_LONG, p.toString());
        assertTrue(tooLong.getMessage().contains(Integer.toString(chars)), tooLong.getMessage());
        assertThrows(org.countygraph.CountyGraphException.class, () -> new InputLimits(0, 10));
    }

    /** F20: a missing path, a link to nothing, a stream that breaks, a file without read permission. */
    @Test
    void unreadableInputsAreReportedWithTheirCause() throws IOException {
        Path missing = dir.resolve("gone.txt");
        assertEquals("gone", InputCollector.read(missing).onlyProblem(Reason.NOT_FOUND, missing.toString()).documentId());
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("nowhere.txt"));
        InputCollector.read(link).onlyProblem(Reason.NOT_FOUND, link.toString());
        InputCollector broken = InputCollector.read(new BreakingStream(1000), InputLimits.DEFAULT);
        assertEquals(1000, broken.onlyProblem(Reason.IO_ERROR, "-").byteOffset());

        Path locked = write("locked.txt", NEWS.getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        InputCollector c = InputCollector.read(locked);
        if (Files.isReadable(locked)) {
            c.onlyDocument(); // root reads what it likes: then the file is simply read
        } else {
            assertTrue(c.onlyProblem(Reason.IO_ERROR, locked.toString()).getMessage().contains("permission denied"));
        }
    }

    /** A listing keeps links that lead nowhere, so that reading reports them instead of skipping them silently. */
    @Test
    void aFolderListingKeepsBrokenLinksAndSkipsHiddenFiles() throws IOException {
        write("a.txt", NEWS.getBytes(StandardCharsets.UTF_8));
        write(".hidden.txt", NEWS.getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(dir.resolve("sub/deeper"));
        write("sub/deeper/b.html", "<html><body><p>醴陵市召开经济工作会议，部署全年工作。</p></body></html>".getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(dir.resolve("sub/c.txt"), dir.resolve("none"));
        assertEquals(java.util.List.of(dir.resolve("a.txt"), dir.resolve("sub/c.txt"), dir.resolve("sub/deeper/b.html")),
                SourceReader.files(dir));
        InputException e = assertThrows(InputException.class, () -> SourceReader.files(dir.resolve("nope")));
        assertEquals(Reason.NOT_FOUND, e.reason());
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry("news.txt"));
            z.write(new byte[1 << 20]); // a million zeros: a small bomb, never inflated
            z.closeEntry();
        }
        return b.toByteArray();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write(data);
        }
        return b.toByteArray();
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(20261127L).nextBytes(b);
        b[0] = 'x'; // no magic number: the sniffer must see it is not text
        return b;
    }

    /** One line of CJK text without a line break, generated as it is read. */
    static final class CountingLine extends InputStream {
        private static final byte[] UNIT = "醴陵市经济".getBytes(StandardCharsets.UTF_8);
        private final long size;
        long served;

        CountingLine(long size) { this.size = size; }

        @Override
        public int read() {
            if (served >= size) return -1;
            return UNIT[(int) (served++ % UNIT.length)] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) return -1;
            int n = (int) Math.min(len, size - served);
            for (int i = 0; i < n; i++) b[off + i] = UNIT[(int) ((served + i) % UNIT.length)];
            served += n;
            return n;
        }
    }

    /** A stream that fails after some bytes, like a file removed or a disk failing while it is read. */
    static final class BreakingStream extends InputStream {
        private final int failAt;
        private int served;

        BreakingStream(int failAt) { this.failAt = failAt; }

        @Override
        public int read() throws IOException {
            if (served >= failAt) throw new IOException("Input/output error");
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (served >= failAt) throw new IOException("Input/output error");
            int n = Math.min(len, failAt - served);
            java.util.Arrays.fill(b, off, off + n, (byte) 'x');
            served += n;
            return n;
        }
    }
}
