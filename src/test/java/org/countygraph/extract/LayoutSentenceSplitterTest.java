package org.countygraph.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.countygraph.TestFiles;
import org.junit.jupiter.api.Test;

class LayoutSentenceSplitterTest {
    private final SentenceSplitter splitter = new LayoutSentenceSplitter();

    private List<Sentence> split(String text) {
        return splitter.split(LayoutLib.lines(text));
    }

    @Test
    void joinsASentenceCutByTheLayoutAndKeepsOffsets() {
        String text = "园区是经济建设的主阵地、主战场、主引擎,攸县要立足现有基础和优势,科学规划县\n\n域园区产业布局和功能分区。下一句。";
        List<Sentence> ss = split(text);
        assertEquals("园区是经济建设的主阵地、主战场、主引擎,攸县要立足现有基础和优势,科学规划县域园区产业布局和功能分区。", ss.get(0).text());
        assertEquals("下一句。", ss.get(1).text());
        Sentence s = ss.get(0);
        int at = s.text().indexOf("县域");
        assertEquals(new Span(text.indexOf("县\n"), text.indexOf("域园区") + 1), s.toOriginal(at, at + 2));
    }

    @Test
    void cutsAtFullAndHalfWidthEndPunctuationWithClosingQuotes() {
        List<Sentence> ss = split("“今后靠什么当家?唯有产业。”他说。真的吗！是的；好");
        assertEquals(List.of("“今后靠什么当家?", "唯有产业。”", "他说。", "真的吗！", "是的；", "好"),
                ss.stream().map(Sentence::text).toList());
    }

    @Test
    void aTitleLineIsNotJoinedToTheParagraphAfterIt() {
        List<Sentence> ss = split("自我加压显担当\n\n当优势逐步转为劣势,攸县并没有慌乱。");
        assertEquals("自我加压显担当", ss.get(0).text());
    }

    @Test
    void everySentenceCharacterMapsToTheSameCharacterOfTheSeed() {
        String text = TestFiles.seed().text();
        for (ArticleSegment a : new LayoutArticleSplitter().split(TestFiles.seed())) {
            for (Sentence s : splitter.split(a.lines())) {
                for (int i = 0; i < s.text().length(); i++) {
                    assertEquals(text.charAt(s.offsets()[i]), s.text().charAt(i), "sentence " + s.text());
                }
            }
        }
    }

    @Test
    void emptyAndWhitespaceOnlyInputGiveNoSentences() {
        assertTrue(split("").isEmpty());
        assertTrue(split(" \n\u3000\n\n").isEmpty());
    }
}
