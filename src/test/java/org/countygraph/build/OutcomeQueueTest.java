package org.countygraph.build;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outcomes handed on in input order though some are known late. */
class OutcomeQueueTest {
    private final List<String> out = new ArrayList<>();
    private final OutcomeQueue queue = new OutcomeQueue(o -> out.add(o.documentId()));

    private static Outcome o(String id) {
        return Outcome.of(id, id, Outcome.Status.DUPLICATE, 0, 0, id);
    }

    @Test
    void withNothingReservedAnOutcomeGoesOnAtOnce() {
        queue.add(o("a"));
        assertEquals(List.of("a"), out);
    }

    @Test
    void outcomesAfterAReservedPlaceWaitForIt() {
        OutcomeQueue.Place first = queue.reserve();
        queue.add(o("b"));
        OutcomeQueue.Place third = queue.reserve();
        queue.add(o("d"));
        assertEquals(List.of(), out);
        third.fill(o("c"));
        assertEquals(List.of(), out, "c waits for a");
        first.fill(o("a"));
        assertEquals(List.of("a", "b", "c", "d"), out);
        queue.add(o("e"));
        assertEquals(List.of("a", "b", "c", "d", "e"), out);
    }

    @Test
    void aPlaceIsFilledOnce() {
        OutcomeQueue.Place p = queue.reserve();
        p.fill(o("a"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.fill(o("b")));
        assertTrue(e.getMessage().contains("b"), e.getMessage());
    }
}
