package org.countygraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.countygraph.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented commands: extract to a file, then query it. */
class CliIT {
    @TempDir
    Path dir;

    private String captureOut(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void extractThenQueryFindsTheCounties() {
        Path out = dir.resolve("out.trig");
        assertEquals(0, Main.run("extract", TestFiles.SEED.toString(), "-o", out.toString()));
        assertTrue(Files.exists(out));
        String csv = captureOut(() -> assertEquals(0, Main.run("query", "--data", out.toString(), "--results", "csv",
                "SELECT ?l WHERE { ?c a cg:County ; rdfs:label ?l } ORDER BY ?l")));
        assertTrue(csv.startsWith("l\r\n") || csv.startsWith("l\n"), csv);
        assertTrue(csv.contains("攸县"), csv);
        assertTrue(csv.contains("石峰区"), csv);
    }

    @Test
    void aMissingFileIsAnErrorThatNamesIt() {
        assertNotEquals(0, Main.run("extract", dir.resolve("nope.txt").toString()));
    }

    @Test
    void aBadQueryIsAnError() {
        assertNotEquals(0, Main.run("query", "--data", TestFiles.SEED.toString(), "SELECT WHERE {"));
    }
}
