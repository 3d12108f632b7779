package org.countygraph.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines: one document a record, and one problem a bad record, the others read. */
class JsonLinesTest {
    @TempDir
    Path dir;

    private static final String GOOD = """
            {"title": "醴陵市召开经济工作会议", "date": "2024-03-05", "source": "https://example.org/a/1", "content": "3月4日，醴陵市召开经济工作会议。\\n会议部署全年工作。"}
            {"title": "茶陵县项目推进会", "content": "茶陵县召开项目建设推进会。", "id": "cl-7"}
            """;

    @Test
    void eachRecordIsADocumentOfTitleDateAndBody() throws IOException {
        Path p = dir.resolve("feed.jsonl");
        Files.writeString(p, GOOD, StandardCharsets.UTF_8);
        InputCollector c = InputCollector.read(p);
        assertTrue(c.problems.isEmpty(), c.problems.toString());
        assertEquals(2, c.documents.size());
        InputDocument first = c.documents.get(0);
        assertEquals("feed-1", first.id());
        assertEquals(p + ":1", first.source());
        assertEquals("醴陵市召开经济工作会议\n2024-03-05\n\n3月4日，醴陵市召开经济工作会议。\n会议部署全年工作。\n", first.document().text());
        assertEquals(Optional.of("https://example.org/a/1"), first.url());
        assertEquals(InputFormat.JSONL, first.format());
        assertTrue(first.derived());
        assertEquals("feed-cl-7", c.documents.get(1).id());
        assertEquals("茶陵县项目推进会\n\n茶陵县召开项目建设推进会。\n", c.documents.get(1).document().text());
    }

    /** A broken line is one problem naming file:line and its byte offset; the records around it are read. */
    @Test
    void badRecordsAreReportedAndTheOthersRead() throws IOException {
        String lines = "{\"title\": \"一\", \"content\": \"醴陵市召开会议。\"}\n"
                + "{\"title\": \"二\", \"content\": \n"
                + "[1, 2]\n"
                + "{\"title\": \"四\"}\n"
                + "{\"title\": \"五\", \"content\": \"  \"}\n"
                + "{\"title\": \"六\", \"content\": \"锟斤拷锟斤拷\"}\n"
                + "\n"
                + "{\"title\": \"八\", \"content\": \"茶陵县召开会议。\"}\n";
        Path p = dir.resolve("mixed.jsonl");
        Files.writeString(p, lines, StandardCharsets.UTF_8);
        InputCollector c = InputCollector.read(p);
        assertEquals(List.of("mixed-1", "mixed-8"), c.documents.stream().map(InputDocument::id).toList());
        assertEquals(List.of(Reason.BAD_RECORD, Reason.BAD_RECORD, Reason.BAD_RECORD, Reason.EMPTY, Reason.SUSPECT_MOJIBAKE),
                c.problems.stream().map(InputException::reason).toList());
        InputException second = c.problems.get(0);
        assertEquals(p + ":2", second.source());
        assertEquals("mixed-2", second.documentId());
        assertEquals(lines.indexOf("{\"title\": \"二\"") + 2 * 0 + utf8Extra(lines, lines.indexOf("{\"title\": \"二\"")), second.byteOffset());
        assertTrue(second.getMessage().startsWith(p + ":2: BAD_RECORD: not JSON"), second.getMessage());
    }

    @Test
    void standardInputIsSniffedAsJsonLines() {
        InputCollector c = new InputCollector();
        SourceReader.create(InputLimits.DEFAULT).read(new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8)), "-", "stdin", null, c);
        assertEquals(List.of("stdin-1", "stdin-cl-7"), c.documents.stream().map(InputDocument::id).toList());
    }

    @Test
    void aRecordOverTheArticleLimitIsTooLong() throws IOException {
        Path p = dir.resolve("long.jsonl");
        Files.writeString(p, GOOD, StandardCharsets.UTF_8);
        InputCollector c = InputCollector.read(p, InputLimits.DEFAULT.withMaxArticleChars(20));
        assertEquals(List.of("long-cl-7"), c.documents.stream().map(InputDocument::id).toList());
        assertEquals(Reason.TOO_LONG, c.problems.get(0).reason());
    }

    /** The extra bytes UTF-8 takes over one per char, before {@code index}. */
    private static int utf8Extra(String s, int index) {
        return s.substring(0, index).getBytes(StandardCharsets.UTF_8).length - index;
    }
}
