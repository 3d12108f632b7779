package org.countygraph.extract.hanlp;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.countygraph.extract.Article;
import org.countygraph.extract.ArticleContext;
import org.countygraph.extract.Candidate;
import org.countygraph.extract.EntityKind;
import org.countygraph.extract.Sentence;
import org.countygraph.extract.Span;
import org.countygraph.extract.Token;
import org.countygraph.ner.NamedSpan;
import org.countygraph.ner.Recognizer;
import org.junit.jupiter.api.Test;

class TaggedPersonFinderTest {
    /**
     * The finder over one sentence whose words are given, with a recogniser that tags every occurrence
     * of each of {@code tagged} ("PER:杜德生") in the text it is given.
     */
    private static List<Candidate> find(String text, List<Token> tokens, String... tagged) {
        Sentence s = new Sentence(0, text, new Span(0, text.length()), IntStream.range(0, text.length()).toArray());
        ArticleContext ctx = new ArticleContext("doc", new Article(1, new Span(0, text.length()), "", "", List.of(), Optional.empty()),
                List.of(s), null, List.of(tokens));
        Recognizer r = t -> {
            List<NamedSpan> out = new ArrayList<>();
            for (String x : tagged) {
                String label = x.substring(0, x.indexOf(':'));
                String name = x.substring(x.indexOf(':') + 1);
                for (int i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) out.add(new NamedSpan(i, i + name.length(), label));
            }
            return out;
        };
        return new TaggedPersonFinder(r).find(s, ctx);
    }

    private static Token tok(String text, String tag, int start) { return new Token(text, tag, new Span(start, start + text.length())); }

    @Test
    void aTaggedNameAfterAnOccupationWordIsAPerson() {
        String t = "护林员杜德生走近古树";
        List<Candidate> c = find(t, List.of(tok("护林员", "nnd", 0), tok("杜", "vg", 3), tok("德", "b", 4), tok("生", "v", 5),
                tok("走近", "v", 6), tok("古树", "n", 8)), "PER:杜德生");
        assertEquals(1, c.size(), c.toString());
        assertEquals(new Span(3, 6), c.get(0).span());
        assertEquals(EntityKind.PERSON, c.get(0).kind());
        assertEquals("杜德生", c.get(0).name());
        assertEquals(TaggedPersonFinder.CONFIDENCE, c.get(0).confidence());
    }

    @Test
    void aNameInALaterClauseKeepsItsOffsetInTheSentence() {
        String t = "张三来了，学员李四说，王五走了";
        List<Token> tokens = List.of(tok("张三", "nr", 0), tok("来", "v", 2), tok("了", "ule", 3), tok("，", "w", 4),
                tok("学员", "nnt", 5), tok("李四", "nr", 7), tok("说", "v", 9), tok("，", "w", 10), tok("王五", "nr", 11),
                tok("走", "v", 13), tok("了", "ule", 14));
        List<Candidate> c = find(t, tokens, "PER:张三", "PER:李四", "PER:王五");
        assertEquals(List.of(new Span(7, 9)), c.stream().map(Candidate::span).toList());
    }

    @Test
    void aTaggedNameBeforeAPostWordIsAPerson() {
        String t = "王小明书记说";
        List<Candidate> c = find(t, List.of(tok("王小明", "nr", 0), tok("书记", "nnt", 3), tok("说", "v", 5)),
                "PER:王小明");
        assertEquals(List.of("王小明"), c.stream().map(Candidate::name).toList());
    }

    @Test
    void aTaggedNameWithoutAnOccupationWordBesideItIsLeftOut() {
        String t = "利用黄板和真菌";
        assertEquals(List.of(), find(t, List.of(tok("利用", "v", 0), tok("黄", "a", 2), tok("板", "ng", 3), tok("和", "cc", 4),
                tok("真菌", "n", 5)), "PER:黄板"));
    }

    @Test
    void onlyHanNamesWithAKnownSurnameAndOnlyPersons() {
        String t = "学员盼盼与学员Tom与学员张三";
        List<Token> tokens = List.of(tok("学员", "nnt", 0), tok("盼盼", "nz", 2), tok("与", "cc", 4), tok("学员", "nnt", 5),
                tok("Tom", "nx", 7), tok("与", "cc", 10), tok("学员", "nnt", 11), tok("张三", "nr", 13));
        assertEquals(List.of(), find(t, tokens, "PER:盼盼", "PER:Tom", "ORG:张三"));
        assertEquals(1, find(t, tokens, "PER:张三").size());
    }
}
