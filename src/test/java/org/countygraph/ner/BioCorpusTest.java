package org.countygraph.ner;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class BioCorpusTest {
    private static List<NerSentence> read(String s) throws Exception {
        return BioCorpus.read(new BufferedReader(new StringReader(s)), "test");
    }

    @Test
    void readsSpaceAndTabSeparatedSentences() throws Exception {
        List<NerSentence> s = read("江 B-PER\n泽 I-PER\n民 I-PER\n在 O\n京 B-LOC\n\n\n新\tB-ORG\n华\tI-ORG\n社\tI-ORG\n");
        assertEquals(2, s.size());
        assertEquals("江泽民在京", s.get(0).text());
        assertEquals(List.of(new NamedSpan(0, 3, "PER"), new NamedSpan(4, 5, "LOC")), s.get(0).entities());
        assertEquals(List.of(new NamedSpan(0, 3, "ORG")), s.get(1).entities());
    }

    @Test
    void namesTheBadLine() {
        NerException e = assertThrows(NerException.class, () -> read("江 B-PER\n泽 Q-PER\n"));
        assertTrue(e.getMessage().contains("test:2"), e.getMessage());
    }

    @Test
    void writesGoldAndPredictedTags() throws Exception {
        List<NerSentence> gold = read("张 B-PER\n三 I-PER\n到 O\n京 B-LOC\n");
        StringWriter w = new StringWriter();
        BioCorpus.write(gold, List.of(List.of(new NamedSpan(0, 2, "PER"))), w);
        assertEquals("张\tB-PER\tB-PER\n三\tI-PER\tI-PER\n到\tO\tO\n京\tB-LOC\tO\n\n", w.toString());
    }
}
