package org.countygraph.ingest;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Same-length cleaning: faults F11 (page numbers), F15 (controls) and F19 (line ends) at the level of text. */
class TextCleanerTest {
    @Test
    void cleaningNeverMovesACharacter() {
        String text = "a\r\nb\rc\u2028d\u2029e\u0085f\u0001g\u000Bh\u200Bi\u202Ej\uFEFFk\u00ADl\tm\n";
        String clean = TextCleaner.clean(text);
        assertEquals(text.length(), clean.length());
        assertEquals("a \nb\nc\nd\ne\nf g h i j k l\tm\n", clean);
    }

    /** F15: control and invisible format characters become spaces, so that XML outputs stay valid. */
    @Test
    void controlsAndInvisibleCharactersBecomeSpaces() {
        String clean = TextCleaner.clean("醴\u200B陵市\u0001召开\u007F会议\u202E。");
        assertEquals("醴 陵市 召开 会议 。", clean);
        assertTrue(clean.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'));
    }

    /** F11: page-number lines of a layout export become blank lines; the lines around them stay where they were. */
    @Test
    void pageNumberLinesBecomeBlank() {
        String text = "中共某市委党校经济学\n\n— 12 —\n\n教研部主任讲话\n增加值61.\n- 3 -\n22亿元\n第 5 页\n第5页/共8页\n3/8页\n";
        String clean = TextCleaner.clean(text);
        assertEquals(text.length(), clean.length());
        assertFalse(clean.contains("12"), clean);
        assertFalse(clean.contains("3 -"), clean);
        assertFalse(clean.contains("页"), clean);
        assertEquals(text.indexOf("教研部"), clean.indexOf("教研部"));
        assertEquals(text.indexOf("22亿元"), clean.indexOf("22亿元"));
    }

    /** F12 in part: full-width letters and digits read as their plain forms; Chinese punctuation stays. */
    @Test
    void fullWidthLettersAndDigitsBecomeAscii() {
        assertEquals("ABC公司，2023年5月增长3.5％（同比）", TextCleaner.clean("ＡＢＣ公司，２０２３年５月增长３．５％（同比）"));
        assertEquals("第一．第二", TextCleaner.clean("第一．第二"));
    }

    @Test
    void numbersInsideTextAreKept() {
        String text = "2021年\n12\n总投资-3亿元\n第12届全国人大\n";
        assertEquals(text, TextCleaner.clean(text));
    }
}
