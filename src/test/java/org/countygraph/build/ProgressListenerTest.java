package org.countygraph.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.countygraph.extract.SourceDocument;
import org.countygraph.ingest.InputDocument;
import org.countygraph.ingest.InputFormat;
import org.junit.jupiter.api.Test;

class ProgressListenerTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final List<Outcome> passedOn = new ArrayList<>();
    private final long[] now = {0};
    private final ProgressListener listener = new ProgressListener(new PrintStream(printed, true, StandardCharsets.UTF_8),
            Duration.ofSeconds(10), passedOn::add, () -> now[0]);

    private static InputDocument doc(String id, String text) {
        return new InputDocument(new SourceDocument(id, id + ".txt", text), InputFormat.TEXT, false, Optional.empty());
    }

    private void loaded(String id, String text, long quads) {
        listener.document(doc(id, text));
        listener.outcome(Outcome.of(id + ".txt", id, Outcome.Status.LOADED, 1, quads, "loaded " + id));
    }

    private String printed() { return printed.toString(StandardCharsets.UTF_8); }

    @Test
    void printsDocumentsCharsTriplesRateAndTimeLeftOncePerInterval() {
        listener.starting(2, 1_000);
        listener.reading(Path.of("a.txt"), 600);
        loaded("a", "攸县".repeat(50), 40); // 100 chars, 300 bytes of UTF-8
        assertEquals("", printed(), "nothing before the first interval");
        now[0] = 20_000_000_000L;
        loaded("b", "攸县".repeat(50), 60);
        // 600 bytes of a.txt read of 1,000 in 20 s: 400 left at the same pace take 13 s
        assertEquals("progress: 2 documents, 200 chars, 100 triples in 0:20; 10 chars/s; 60% of 0.0 MB read, about 0:13 left\n",
                printed().replace(System.lineSeparator(), "\n"));
        now[0] = 25_000_000_000L;
        loaded("c", "县", 1);
        assertEquals(1, printed().lines().count(), "at most one line per interval");
        assertEquals(List.of("a", "b", "c"), passedOn.stream().map(Outcome::documentId).toList(), "every outcome is passed on");
    }

    @Test
    void aFileCountsWholeOnceTheNextStartsAndFailuresAddNoDocuments() {
        listener.starting(2, 1_000);
        listener.reading(Path.of("a.jsonl"), 500);
        loaded("a-1", "x".repeat(100), 10);
        listener.reading(Path.of("b.txt"), 500);
        listener.outcome(Outcome.of("b.txt", "b", Outcome.Status.DUPLICATE, 0, 0, "duplicate b"));
        now[0] = 10_000_000_000L;
        loaded("c", "x".repeat(50), 5);
        assertEquals("progress: 2 documents, 150 chars, 15 triples in 0:10; 15 chars/s; 55% of 0.0 MB read, about 0:08 left",
                printed().strip());
    }

    @Test
    void withoutATotalItLeavesOutTheTimeLeft() {
        now[0] = 11_000_000_000L;
        loaded("a", "x".repeat(11), 3);
        assertEquals("progress: 1 documents, 11 chars, 3 triples in 0:11; 1 chars/s", printed().strip());
    }
}
