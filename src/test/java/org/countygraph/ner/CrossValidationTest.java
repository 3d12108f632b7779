package org.countygraph.ner;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossValidationTest {
    @Test
    void everySentenceIsScoredOnceByAModelThatLearnedTheOthers() {
        List<NerSentence> sentences = new ArrayList<>();
        String[] names = {"张三", "李四", "王五", "赵六", "孙七", "周八"};
        for (int i = 0; i < 30; i++) {
            String name = names[i % names.length];
            sentences.add(new NerSentence("昨天" + name + "说好", List.of(new NamedSpan(2, 4, "PER"))));
        }
        CharFeatures f = new CharFeatures();
        List<String[][]> features = sentences.stream().map(s -> f.of(s.text())).toList();
        TagSet tags = new TagSet(List.of("PER"));
        NerScorer s = new CrossValidation(3, 2, PerceptronTrainer.create().minCount(1).build())
                .score(tags, sentences, features, List.of(), List.of("PER"));
        assertEquals(30, s.overall().gold());
        assertEquals(1.0, s.overall().f1(), 1e-9); // the context 昨天…说 alone marks the name
    }

    @Test
    void badSettingsAreRefusedWithTheirValue() {
        PerceptronTrainer t = PerceptronTrainer.create().build();
        assertTrue(assertThrows(NerException.class, () -> new CrossValidation(1, 1, t)).getMessage().contains("1"));
        assertTrue(assertThrows(NerException.class, () -> new CrossValidation(5, 0, t)).getMessage().contains("0"));
        assertThrows(NerException.class, () -> new CrossValidation(2, 1, t)
                .score(new TagSet(List.of("PER")), List.of(new NerSentence("张三", List.of())), List.of(), List.of(), List.of("PER")));
    }
}
