package org.countygraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.countygraph.ner.ClueNerCorpus;
import org.countygraph.ner.NerSentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ner}: predictions in each format's own layout, the score table, and errors that name the bad input. */
class NerCommandIT {
    private static final Path PD = Path.of("src/test/resources/ner/pd-sample.bio");
    private static final Path CLUENER = Path.of("src/test/resources/ner/cluener-sample.json");

    @TempDir
    Path dir;

    private static String captureOut(Runnable r) {
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
    void writesCharGoldAndPredictedTagsForBio() throws Exception {
        Path out = dir.resolve("pd.tsv");
        assertEquals(0, Main.run("ner", "--format", "pd", PD.toString(), "-o", out.toString()));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<String> gold = Files.readAllLines(PD, StandardCharsets.UTF_8);
        assertEquals(gold.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (gold.get(i).isBlank()) {
                assertTrue(lines.get(i).isEmpty(), "line " + (i + 1));
                continue;
            }
            String[] cols = lines.get(i).split("\t");
            assertEquals(3, cols.length, lines.get(i));
            assertEquals(gold.get(i).replace(' ', '\t'), cols[0] + "\t" + cols[1], "line " + (i + 1));
            assertTrue(cols[2].equals("O") || cols[2].matches("[BI]-(PER|LOC|ORG)"), cols[2]);
        }
        // 欧美 is two places, in gold and in ours
        assertTrue(String.join("\n", lines).contains("欧\tB-LOC\tB-LOC\n美\tB-LOC\tB-LOC"), String.join("\n", lines));
    }

    @Test
    void writesCluenerRecordsWithAPredictedField() throws Exception {
        Path out = dir.resolve("clue.json");
        assertEquals(0, Main.run("ner", "--format", "cluener", CLUENER.toString(), "-o", out.toString()));
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(3, written.lines().count());
        assertTrue(written.lines().allMatch(l -> l.contains("\"predicted\": {")), written);
        assertTrue(written.contains("\"name\": {\"彭小军\": [[0, 2]]}"), written);
        List<NerSentence> back = ClueNerCorpus.read(out);
        assertEquals(ClueNerCorpus.read(CLUENER), back);
    }

    @Test
    void evalPrintsOursAndHanlpPerLabel() {
        String table = captureOut(() -> assertEquals(0, Main.run("ner", "--format", "cluener", "--eval", CLUENER.toString())));
        for (String label : List.of("name", "address", "company", "government", "organization", "position", "overall")) {
            assertTrue(table.lines().anyMatch(l -> l.startsWith(label + " ")), label + " missing in\n" + table);
        }
        assertTrue(table.contains("ours") && table.contains("hanlp"), table);
    }

    @Test
    void refusesAnUnknownFormatAndAMalformedFile() throws Exception {
        assertNotEquals(0, Main.run("ner", "--format", "conll", PD.toString()));
        Path bad = dir.resolve("bad.bio");
        Files.writeString(bad, "江 B-PER\n泽 X-PER\n", StandardCharsets.UTF_8);
        assertNotEquals(0, Main.run("ner", "--format", "pd", bad.toString()));
    }
}
