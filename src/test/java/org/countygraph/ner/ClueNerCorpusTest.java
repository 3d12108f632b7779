package org.countygraph.ner;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClueNerCorpusTest {
    private static final String PRETTY = """
            {
                "text": "彭小军认为，国内银行走的是台湾的模式，",
                "label": {
                    "address": {
                        "台湾": [
                            [
                                13,
                                14
                            ]
                        ]
                    },
                    "name": {"彭小军": [[0, 2]]}
                }
            }
            {"text": "😀温格说", "label": {"name": {"温格": [[1, 2]]}}}
            """;

    @Test
    void readsPrettyPrintedAndOneLineRecords() {
        List<NerSentence> s = ClueNerCorpus.parse(PRETTY, "test");
        assertEquals(2, s.size());
        assertEquals(List.of(new NamedSpan(0, 3, "name"), new NamedSpan(13, 15, "address")), s.get(0).entities());
        // offsets count code points: the emoji is two UTF-16 chars
        assertEquals(List.of(new NamedSpan(2, 4, "name")), s.get(1).entities());
        assertEquals("温格", s.get(1).entities().get(0).of(s.get(1).text()));
    }

    @Test
    void refusesAMentionThatDoesNotMatchItsOffsets() {
        NerException e = assertThrows(NerException.class, () -> ClueNerCorpus.parse(
                "{\"text\": \"温格说\", \"label\": {\"name\": {\"温格\": [[1, 2]]}}}", "test"));
        assertTrue(e.getMessage().contains("温格"), e.getMessage());
    }

    @Test
    void writesPredictionsThatReadBack() {
        List<NerSentence> gold = ClueNerCorpus.parse(PRETTY, "test");
        StringWriter w = new StringWriter();
        ClueNerCorpus.write(gold, List.of(List.of(new NamedSpan(13, 15, "address")), List.of(new NamedSpan(2, 4, "name"))), w);
        String out = w.toString();
        assertEquals(2, out.lines().count());
        assertTrue(out.lines().findFirst().orElseThrow().endsWith("\"predicted\": {\"address\": {\"台湾\": [[13, 14]]}}}"), out);
        assertTrue(out.contains("\"predicted\": {\"name\": {\"温格\": [[1, 2]]}}"), out);
        assertEquals(gold, ClueNerCorpus.parse(out, "written"));
    }
}
