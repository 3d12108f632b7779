package org.countygraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.countygraph.extract.DocumentExtraction;
import org.junit.jupiter.api.Test;

/** The extraction stage without Spark: a document the extractor throws on becomes a report row, not a failed task. */
class ExtractionStageTest {
    private static Piece doc(String id, String text) {
        return new Piece(id, id + ".txt", text, org.countygraph.ingest.InputFormat.TEXT, false, null, null, null);
    }

    @Test
    void anExtractorFailureIsTheDocumentsReasonNamingTheError() {
        ExtractionStage stage = new ExtractionStage("f", () -> d -> {
            throw new IllegalStateException("no sentence in " + d.id());
        });
        Extracted x = stage.call(doc("bad", "文本"));
        assertFalse(x.ok());
        assertEquals("EXTRACT_ERROR", x.reason());
        assertEquals("IllegalStateException: no sentence in bad", x.message());
        assertEquals("bad\tbad.txt\tFAILED\tEXTRACT_ERROR\t0\t0\tIllegalStateException: no sentence in bad", x.reportRow());
    }

    @Test
    void aStackOverflowFailsTheDocumentOnly() {
        ExtractionStage stage = new ExtractionStage("f", () -> d -> {
            throw new StackOverflowError();
        });
        assertEquals("EXTRACT_ERROR", stage.call(doc("deep", "文本")).reason());
    }

    @Test
    void aRejectionPassesThroughWithItsReason() {
        Piece p = new Piece("pic", "pic.txt", null, null, false, null, "UNSUPPORTED_FORMAT", "not text: PNG image");
        Extracted x = new ExtractionStage("f", () -> d -> {
            throw new AssertionError("a rejection is not extracted");
        }).call(p);
        assertEquals("pic\tpic.txt\tFAILED\tUNSUPPORTED_FORMAT\t0\t0\tnot text: PNG image", x.reportRow());
    }

    @Test
    void aDocumentBecomesItsArticleGraphsAndItsEntryInTheDocumentsGraph() {
        Extracted x = new ExtractionStage("f", () -> d -> new DocumentExtraction(d, java.util.List.of()))
                .call(doc("empty", "文本"));
        assertTrue(x.ok());
        assertEquals(0, x.articles());
        assertTrue(x.nquads().contains("<https://w3id.org/countygraph/graph/documents>"), x.nquads());
        assertEquals(x.quads(), x.nquads().lines().count());
    }

    @Test
    void aBlankFingerprintIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ExtractionStage(" "));
        assertTrue(e.getMessage().contains("' '"), e.getMessage());
    }
}
