package org.countygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** An {@link InputSink} that keeps everything, for tests to assert on. */
public final class InputCollector implements InputSink {
    public final List<InputDocument> documents = new ArrayList<>();
    public final List<InputException> problems = new ArrayList<>();

    @Override
    public void document(InputDocument d) { documents.add(d); }

    @Override
    public void rejected(InputException e) { problems.add(e); }

    /** Reads one file with the given limits. */
    public static InputCollector read(Path file, InputLimits limits) {
        InputCollector c = new InputCollector();
        SourceReader.create(limits).read(file, c);
        return c;
    }

    public static InputCollector read(Path file) { return read(file, InputLimits.DEFAULT); }

    /** Reads a stream as standard input would be read. */
    public static InputCollector read(InputStream in, InputLimits limits) {
        InputCollector c = new InputCollector();
        SourceReader.create(limits).read(in, "-", "stdin", null, c);
        return c;
    }

    /** The single problem, asserted to be of {@code reason} and to be a one-line message naming {@code source}. */
    public InputException onlyProblem(Reason reason, String source) {
        assertTrue(documents.isEmpty(), () -> "expected no document, got " + documents);
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        InputException e = problems.get(0);
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith(source + ": " + reason + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }

    /** The single document, asserted to have come without problems. */
    public InputDocument onlyDocument() {
        assertTrue(problems.isEmpty(), () -> "expected no problem, got " + problems);
        assertEquals(1, documents.size(), () -> "expected one document, got " + documents);
        return documents.get(0);
    }
}
