package org.countygraph.extract;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class SpanTest {
    @Test
    void rejectsNegativeAndReversedRanges() {
        assertThrows(ExtractException.class, () -> new Span(-1, 2));
        ExtractException e = assertThrows(ExtractException.class, () -> new Span(5, 4));
        assertTrue(e.getMessage().contains("[5, 4)"), e.getMessage());
    }

    @Test
    void containsAndOverlapsAreHalfOpen() {
        Span a = new Span(2, 5);
        assertTrue(a.contains(new Span(2, 5)));
        assertTrue(a.overlaps(new Span(4, 9)));
        assertFalse(a.overlaps(new Span(5, 9)));
        assertEquals("攸县", new Span(1, 3).of("在攸县"));
    }
}
