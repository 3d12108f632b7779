package org.countygraph.ner;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NerScorerTest {
    @Test
    void countsExactSpanAndLabelOnly() {
        NerScorer s = new NerScorer(Set.of("PER", "LOC"));
        s.add(List.of(new NamedSpan(0, 3, "PER"), new NamedSpan(4, 6, "LOC"), new NamedSpan(7, 9, "game")),
                List.of(new NamedSpan(0, 3, "PER"), new NamedSpan(4, 5, "LOC"), new NamedSpan(7, 9, "PER")));
        assertEquals(new LabelScore("PER", 1, 2, 1), s.score("PER"));
        assertEquals(new LabelScore("LOC", 0, 1, 1), s.score("LOC"));
        LabelScore all = s.overall();
        assertEquals(1, all.truePositives());
        assertEquals(3, all.predicted());
        assertEquals(2, all.gold());
        assertEquals(1.0 / 3, all.precision(), 1e-9);
        assertEquals(0.5, all.recall(), 1e-9);
        assertEquals(0.4, all.f1(), 1e-9);
    }

    @Test
    void nothingPredictedScoresZero() {
        NerScorer s = new NerScorer(Set.of("PER"));
        s.add(List.of(new NamedSpan(0, 2, "PER")), List.of());
        assertEquals(0, s.overall().f1());
        assertThrows(NerException.class, () -> s.score("ORG"));
    }
}
