package org.countygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A smoke run of {@code bench --quick}: the command works, prints the table and writes JSON with
 * every section. It asserts no timings: on a shared machine they say nothing in a test.
 */
class BenchQuickIT {
    @TempDir
    Path dir;

    @Test
    void quickBenchWritesEverySection() throws Exception {
        Path out = dir.resolve("reports/bench.json");
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int code;
        try {
            System.setOut(new PrintStream(table, true, StandardCharsets.UTF_8));
            code = Main.run("bench", "--quick", "--out", out.toString(), "--work", dir.resolve("work").toString());
        } finally {
            System.setOut(stdout);
        }
        String printed = table.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed);
        for (String row : List.of("ours/HanLP, 1 thread", "ours/Jena parallel loader", "queries, 4 client(s)", "build 2x")) {
            assertTrue(printed.contains(row), "the table has a row '" + row + "':\n" + printed);
        }

        JsonObject r = JSON.read(out.toString());
        assertTrue(r.get("quick").getAsBoolean().value());
        JsonObject x = r.get("extraction").getAsObject();
        assertPositive(x.get("oneThread").getAsObject(), "oursCharsPerSecond", "hanlpCharsPerSecond", "ratio");
        assertPositive(x.get("allThreads").getAsObject(), "oursCharsPerSecond", "hanlpCharsPerSecond", "ratio");
        assertPositive(x, "oursSpeedup", "chars");
        JsonObject l = r.get("loading").getAsObject();
        assertPositive(l, "oursQuadsPerSecond", "jenaParallelQuadsPerSecond", "ratio");
        assertTrue(l.get("quads").getAsNumber().value().longValue() >= 10_000, "the quick load copies the corpus to 10,000 quads");
        JsonObject q = r.get("querying").getAsObject();
        JsonArray runs = q.get("runs").getAsArray();
        assertEquals(List.of(1L, 4L), runs.stream().map(v -> v.getAsObject().get("clients").getAsNumber().value().longValue()).toList());
        for (JsonValue run : runs) {
            JsonObject kinds = run.getAsObject().get("byKind").getAsObject();
            assertEquals(List.of("describe", "officials", "enterprises", "comention", "search"), List.copyOf(kinds.keys()));
            assertPositive(run.getAsObject().get("all").getAsObject(), "medianMs", "p99Ms", "count");
            assertEquals(1, run.getAsObject().get("roundP99Ms").getAsArray().size(), "the quick run times one round per number of clients");
        }
        JsonArray scale = r.get("scale").getAsArray();
        assertEquals(List.of(1L, 2L), scale.stream().map(v -> v.getAsObject().get("factor").getAsNumber().value().longValue()).toList());
        long chars1 = scale.get(0).getAsObject().get("chars").getAsNumber().value().longValue();
        long docs1 = scale.get(0).getAsObject().get("documents").getAsNumber().value().longValue();
        for (JsonValue b : scale) {
            JsonObject o = b.getAsObject();
            long f = o.get("factor").getAsNumber().value().longValue();
            assertEquals(docs1 * f, o.get("documents").getAsNumber().value().longValue(), "every copy is built, none is a duplicate");
            assertTrue(o.get("chars").getAsNumber().value().longValue() >= chars1 * f - 10 * f, o.toString());
            assertPositive(o, "seconds", "quads", "peakHeapBytes");
        }
        assertFalse(Files.list(dir.resolve("work")).findAny().isPresent(), "the scratch folder is cleaned up");
    }

    private static void assertPositive(JsonObject o, String... keys) {
        for (String k : keys) {
            assertTrue(o.hasKey(k) && o.get(k).getAsNumber().value().doubleValue() > 0, k + " is a positive number in " + o);
        }
    }
}
