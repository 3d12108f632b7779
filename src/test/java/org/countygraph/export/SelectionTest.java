package org.countygraph.export;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Filters are read from what users type and checked at once. */
class SelectionTest {
    @Test
    void prefixedNamesAndBracketedIrisAreExpanded() {
        Selection s = Selection.create().type("cg:County").area("id:division/430223").around("<https://w3id.org/countygraph/id/division/4302>")
                .depth(2).build();
        assertEquals("https://w3id.org/countygraph/ontology#County", s.types().get(0).getURI());
        assertEquals("https://w3id.org/countygraph/id/division/430223", s.area().orElseThrow().getURI());
        assertEquals("https://w3id.org/countygraph/id/division/4302", s.around().orElseThrow().getURI());
        assertEquals(2, s.depth());
        assertTrue(Selection.ALL.isAll());
    }

    @Test
    void chineseInAnIriIsAllowed() {
        assertEquals("https://w3id.org/countygraph/id/person/李鹏程/430223",
                Selection.create().around("id:person/李鹏程/430223").build().around().orElseThrow().getURI());
    }

    @Test
    void textThatCouldBreakOutOfAnIriIsRefusedWithTheOffendingCharacter() {
        for (String bad : new String[] {"x> } DROP ALL #", "https://a/b c", "https://a/\"", "https://a/{x}", "https://a/\nb"}) {
            ExportException e = assertThrows(ExportException.class, () -> Selection.create().area(bad), bad);
            assertTrue(e.getMessage().startsWith("area is not an IRI (it holds U+"), e.getMessage());
        }
        ExportException rel = assertThrows(ExportException.class, () -> Selection.create().graph("article/7"));
        assertTrue(rel.getMessage().contains("article/7"), rel.getMessage());
    }

    @Test
    void depthIsBoundedAndNeedsAround() {
        assertThrows(ExportException.class, () -> Selection.create().depth(0));
        assertThrows(ExportException.class, () -> Selection.create().depth(Selection.MAX_DEPTH + 1));
        ExportException e = assertThrows(ExportException.class, () -> Selection.create().depth(2).build());
        assertTrue(e.getMessage().contains("around"), e.getMessage());
    }

    @Test
    void fileNamesSayWhatWasSelected() {
        assertEquals("countygraph.nq", Exporter.fileName(Selection.ALL, ExportFormat.NQ));
        assertEquals("countygraph-division-430223.svg",
                Exporter.fileName(Selection.create().around("id:division/430223").build(), ExportFormat.SVG));
        assertEquals("countygraph-person-李鹏程-430223.zip",
                Exporter.fileName(Selection.create().around("id:person/李鹏程/430223").build(), ExportFormat.CSV));
        assertEquals("attachment; filename=\"countygraph-person-___-430223.zip\"; filename*=UTF-8''countygraph-person-%E6%9D%8E%E9%B9%8F%E7%A8%8B-430223.zip",
                ExportServlet.contentDisposition("countygraph-person-李鹏程-430223.zip"));
    }
}
