package org.countygraph.ner;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tagger learns a toy language from characters alone, and survives being written and read. */
class PerceptronTest {
    private static final CharFeatures CHARS = new CharFeatures();
    private static final TagSet TAGS = new TagSet(List.of("PER", "LOC"));

    private static NerSentence sentence(String who, String where) {
        String text = who + "去" + where + "了";
        return new NerSentence(text, List.of(new NamedSpan(0, who.length(), "PER"),
                new NamedSpan(who.length() + 1, who.length() + 1 + where.length(), "LOC")));
    }

    private static PerceptronModel train() {
        List<PerceptronTrainer.Example> examples = new ArrayList<>();
        String[] people = {"张三", "李四", "王五", "赵六"};
        String[] places = {"北京", "上海", "广州市", "深圳"};
        for (String p : people) {
            for (String q : places) {
                NerSentence s = sentence(p, q);
                String[] t = BioTags.bioes(s.text().length(), s.entities());
                int[] gold = new int[t.length];
                for (int i = 0; i < t.length; i++) gold[i] = TAGS.indexOf(t[i]);
                examples.add(new PerceptronTrainer.Example(CHARS.of(s.text()), gold));
            }
        }
        return PerceptronTrainer.create().epochs(5).minCount(1).build().train(TAGS, examples.stream());
    }

    @Test
    void learnsAndTagsAnUnseenPairing() {
        Recognizer r = new TrainedRecognizer(train(), CHARS);
        assertEquals(List.of(new NamedSpan(0, 2, "PER"), new NamedSpan(3, 5, "LOC")), r.recognize("张三去深圳了"));
        assertEquals(List.of(), r.recognize(""));
    }

    @Test
    void readsBackWhatItWrote() {
        PerceptronModel m = train();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.write(bytes);
        PerceptronModel back = PerceptronModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(m.featureCount(), back.featureCount());
        String[][] f = CHARS.of("李四去广州市了");
        assertArrayEquals(m.tag(f), back.tag(f));
    }

    @Test
    void neverPredictsABrokenEntity() {
        TagSet t = TAGS;
        for (int a = 0; a < t.size(); a++) {
            for (int b = 0; b < t.size(); b++) {
                char pa = BioTags.prefix(t.tag(a));
                char pb = BioTags.prefix(t.tag(b));
                if (pb == 'I' || pb == 'E') {
                    assertEquals((pa == 'B' || pa == 'I') && t.tag(a).substring(2).equals(t.tag(b).substring(2)), t.allowed(a, b),
                            t.tag(a) + " -> " + t.tag(b));
                }
            }
        }
        assertFalse(t.canEnd(t.indexOf("B-PER")));
        assertFalse(t.canStart(t.indexOf("I-LOC")));
    }

    @Test
    void refusesGarbage() {
        assertThrows(NerException.class, () -> PerceptronModel.read(new ByteArrayInputStream(new byte[] {0x1f, (byte) 0x8b, 0, 0})));
        assertThrows(NerException.class, () -> PerceptronTrainer.create().epochs(0));
    }
}
