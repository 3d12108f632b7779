package org.countygraph.ner;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class BioTagsTest {
    private static final List<NamedSpan> SPANS = List.of(new NamedSpan(0, 3, "PER"), new NamedSpan(4, 5, "LOC"), new NamedSpan(5, 9, "ORG"));

    @Test
    void bioAndBack() {
        String[] tags = BioTags.bio(10, SPANS);
        assertArrayEquals(new String[] {"B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"}, tags);
        assertEquals(SPANS, BioTags.spans(tags));
    }

    @Test
    void bioesAndBack() {
        String[] tags = BioTags.bioes(10, SPANS);
        assertArrayEquals(new String[] {"B-PER", "I-PER", "E-PER", "O", "S-LOC", "B-ORG", "I-ORG", "I-ORG", "E-ORG", "O"}, tags);
        assertEquals(SPANS, BioTags.spans(tags));
    }

    @Test
    void readsStrayInsideTagsAsConllevalDoes() {
        // I- after O starts an entity; a change of label ends one
        assertEquals(List.of(new NamedSpan(1, 3, "LOC"), new NamedSpan(3, 4, "ORG")),
                BioTags.spans(new String[] {"O", "I-LOC", "I-LOC", "I-ORG"}));
    }

    @Test
    void refusesAMalformedTag() {
        NerException e = assertThrows(NerException.class, () -> BioTags.spans(new String[] {"X-PER"}));
        assertTrue(e.getMessage().contains("X-PER"), e.getMessage());
    }

    @Test
    void refusesASpanPastTheSentence() {
        assertThrows(NerException.class, () -> BioTags.bio(2, List.of(new NamedSpan(1, 3, "PER"))));
    }
}
