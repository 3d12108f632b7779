package org.countygraph.serve;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class LabelSearchTest {
    @Test
    void pinyinIsFoldedWithoutTonesSpacesOrCase() {
        assertEquals("youxian", LabelSearch.foldPinyin("yōu xiàn"));
        assertEquals("youxian", LabelSearch.foldPinyin("Yōu Xiàn"));
        assertEquals("youxian", LabelSearch.foldPinyin("YOU-XIAN"));
        assertEquals("xian", LabelSearch.foldPinyin("Xi'an"));
        assertEquals(LabelSearch.foldPinyin("lǜ"), LabelSearch.foldPinyin("lv"));
    }

    @Test
    void termsAreTrimmedCollapsedAndCut() {
        assertEquals("攸 县", LabelSearch.clean("  攸 \t 县\n"));
        assertEquals("", LabelSearch.clean(null));
        assertEquals(LabelSearch.MAX_TERM, LabelSearch.clean("字".repeat(500)).length());
    }

    @Test
    void theMarkGoesToTheOccurrenceNearestTheOffset() {
        assertEquals(0, EvidenceReader.nearest("攸县人说攸县", "攸县", 0));
        assertEquals(4, EvidenceReader.nearest("攸县人说攸县", "攸县", 3));
        assertEquals(-1, EvidenceReader.nearest("株洲", "攸县", 0));
    }
}
