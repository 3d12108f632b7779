package org.countygraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands on a folder with good and bad inputs: every bad one is one line on stderr and one
 * report row, the good ones are built, the exit code says some failed; then add, remove, extract.
 */
class InputCommandsIT {
    @TempDir
    Path dir;

    /** What a command printed and returned. */
    record Run(int code, String out, String err) {}

    private static Run run(InputStream stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        if (stdin != null) System.setIn(stdin);
        try {
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }

    private static Run run(String... args) { return run(null, args); }

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve("seeds").resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test
    void buildReportsEveryBadInputAndBuildsTheRest() throws Exception {
        write("liling.txt", utf8("醴陵市新闻\n\n醴陵市委书记李明主持召开全市经济工作会议。\n"));
        write("chaling-gbk.txt", "茶陵县新闻\n\n茶陵县委书记王刚调研项目建设。\n".getBytes(Charset.forName("GBK")));
        write("empty.txt", new byte[0]);
        write("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        byte[] mixed = concat(utf8("攸县新闻\n\n"), "攸县县长周平主持会议。\n".getBytes(Charset.forName("GBK")));
        Path mixedFile = write("mixed.txt", mixed);
        write("feed.jsonl", utf8("{\"title\": \"渌口区新闻\", \"content\": \"渌口区委书记吴军调研企业。\"}\n{broken\n"));
        Files.createSymbolicLink(dir.resolve("seeds/gone.txt"), dir.resolve("nowhere.txt"));
        Path report = dir.resolve("report.tsv");

        Run r = run("build", "--seeds", dir.resolve("seeds").toString(), "--store", dir.resolve("store").toString(),
                "--graphs", dir.resolve("graphs").toString(), "--report", report.toString());
        assertEquals(2, r.code(), r.err());
        List<String> failed = r.err().lines().filter(l -> l.startsWith("FAILED ")).toList();
        assertEquals(5, failed.size(), r.err());
        assertTrue(failed.stream().anyMatch(l -> l.startsWith("FAILED " + mixedFile + ": BAD_ENCODING: ")
                && l.endsWith(" at byte offset " + utf8("攸县新闻\n\n").length)), failed.toString());
        assertTrue(failed.stream().anyMatch(l -> l.contains("empty.txt: EMPTY: ")), failed.toString());
        assertTrue(failed.stream().anyMatch(l -> l.contains("photo.png: UNSUPPORTED_FORMAT: not text: PNG image")), failed.toString());
        assertTrue(failed.stream().anyMatch(l -> l.contains("feed.jsonl:2: BAD_RECORD: ")), failed.toString());
        assertTrue(failed.stream().anyMatch(l -> l.contains("gone.txt: NOT_FOUND: ")), failed.toString());
        assertTrue(r.out().contains("built 3 documents (3 loaded, 0 unchanged, 0 duplicates, 0 removed, 5 failed)"), r.out());

        List<String> rows = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertEquals("source\tdocument\tstatus\treason\tbyte_offset\tarticles\tquads\tmessage", rows.get(0));
        assertEquals(9, rows.size(), rows.toString());
        assertTrue(rows.stream().anyMatch(l -> l.startsWith(mixedFile + "\tmixed\tFAILED\tBAD_ENCODING\t" + utf8("攸县新闻\n\n").length + "\t")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(l -> l.contains("\tchaling-gbk\tLOADED\t\t\t1\t")), rows.toString());

        // the same build again, with a JSON report: nothing extracted, the same failures
        Path json = dir.resolve("report.json");
        Run again = run("build", "--seeds", dir.resolve("seeds").toString(), "--store", dir.resolve("store").toString(),
                "--graphs", dir.resolve("graphs").toString(), "--report", json.toString());
        assertEquals(2, again.code());
        JsonArray rowsJson = JSON.parseAny(Files.readString(json, StandardCharsets.UTF_8)).getAsArray();
        assertEquals(8, rowsJson.size());
        assertEquals(3, rowsJson.stream().filter(v -> v.getAsObject().getString("status").equals("UNCHANGED")).count());
    }

    @Test
    void addRemoveAndExtractFromStandardInput() throws Exception {
        Path store = dir.resolve("store");
        Path a = write("liling.txt", utf8("醴陵市新闻\n\n醴陵市委书记李明主持召开全市经济工作会议。\n"));
        Run added = run("add", a.toString(), dir.resolve("missing.txt").toString(), "--store", store.toString());
        assertEquals(2, added.code(), added.err());
        assertTrue(added.err().contains("FAILED " + dir.resolve("missing.txt") + ": NOT_FOUND: "), added.err());
        assertTrue(added.out().contains("1 loaded"), added.out());

        Run stdin = run(new ByteArrayInputStream(utf8("<html><body><h1>茶陵县新闻</h1><p>茶陵县委书记王刚调研项目建设，要求抓好落实。</p></body></html>")),
                "add", "-", "--id", "chaling-web", "--store", store.toString());
        assertEquals(0, stdin.code(), stdin.err());

        String count = "SELECT (COUNT(?d) AS ?n) WHERE { GRAPH <https://w3id.org/countygraph/graph/documents> { ?d cg:documentId ?id } }";
        assertTrue(run("query", "--store", store.toString(), "--results", "csv", count).out().contains("2"));
        assertEquals(0, run("remove", "liling", "--store", store.toString()).code());
        assertEquals(2, run("remove", "liling", "--store", store.toString()).code());
        Run after = run("query", "--store", store.toString(), "--results", "csv", count);
        assertTrue(after.out().lines().anyMatch(l -> l.trim().equals("1")), after.out());

        Run extract = run(new ByteArrayInputStream(utf8("醴陵市新闻\n\n醴陵市委书记李明主持召开全市经济工作会议。\n")),
                "extract", "-", "--format", "nq");
        assertEquals(0, extract.code(), extract.err());
        assertTrue(extract.out().contains("<https://w3id.org/countygraph/id/article/stdin/1>"), extract.out());
        assertEquals(2, run("extract", dir.resolve("missing.txt").toString()).code());
        // '-o -' is standard output too, as '-' is standard input: no file named '-' appears
        Run dash = run(new ByteArrayInputStream(utf8("醴陵市新闻\n\n醴陵市委书记李明主持召开全市经济工作会议。\n")),
                "extract", "-", "-o", "-", "--format", "nq");
        assertEquals(0, dash.code(), dash.err());
        assertTrue(dash.out().contains("<https://w3id.org/countygraph/id/article/stdin/1>"), dash.out());
        assertFalse(Files.exists(Path.of("-")), "extract -o - wrote a file named '-'");
    }

    @Test
    void limitsAreOptions() throws Exception {
        write("liling.txt", utf8("醴陵市新闻\n\n醴陵市委书记李明主持召开全市经济工作会议。\n"));
        Run r = run("build", "--seeds", dir.resolve("seeds").toString(), "--store", dir.resolve("store").toString(),
                "--graphs", dir.resolve("graphs").toString(), "--max-file-size", "10");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("TOO_LARGE"), r.err());
        Run chars = run("build", "--seeds", dir.resolve("seeds").toString(), "--store", dir.resolve("store").toString(),
                "--graphs", dir.resolve("graphs").toString(), "--max-article-chars", "5");
        assertTrue(chars.err().contains("TOO_LONG"), chars.err());
        assertNotEquals(0, run("build", "--max-file-size", "lots").code());
        assertEquals(10L << 20, new LimitOptions.Size().convert("10M"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
