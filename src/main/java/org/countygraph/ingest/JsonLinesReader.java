package org.countygraph.ingest;

import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.countygraph.extract.SourceDocument;

/**
 * Reads JSON Lines: one article a line, an object with a text {@code content} and optional
 * {@code title}, {@code date}, {@code source} (or {@code url}) and {@code id}.
 *
 * <p>Each record becomes a document whose text is its {@link ArticleText} (title, date, body).
 * Its id is {@code <file stem>-<id>} when the record has an {@code id} of {@code A-Z a-z 0-9 _ - .},
 * else {@code <file stem>-<line number>}, lines counted from 1. A line that is not such an object
 * is {@link Reason#BAD_RECORD} naming {@code file:line} and its byte offset; the other lines are read.
 */
final class JsonLinesReader {
    private JsonLinesReader() {}

    /** Reads the decoded text of a JSON Lines file into {@code sink}. */
    static void read(TextDecoder.Decoded decoded, String name, String stem, InputLimits limits, InputSink sink) {
        String text = decoded.text();
        int lineNo = 0;
        int pos = 0;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) eol = text.length();
            lineNo++;
            String line = text.substring(pos, eol).strip();
            if (!line.isEmpty()) {
                String source = name + ":" + lineNo;
                long byteOffset = decoded.byteOffset(pos);
                try {
                    sink.document(record(line, source, stem, lineNo, byteOffset, limits));
                } catch (InputException e) {
                    sink.rejected(e);
                }
            }
            pos = eol + 1;
        }
    }

    private static InputDocument record(String line, String source, String stem, int lineNo, long byteOffset, InputLimits limits) {
        String fallbackId = FileNames.idFor(stem + "-" + lineNo, stem + "-" + lineNo);
        JsonValue v;
        try {
            v = JSON.parseAny(line);
        } catch (JsonException e) {
            throw new InputException(source, fallbackId, Reason.BAD_RECORD, "not JSON: " + firstLine(e.getMessage()), byteOffset, e);
        } catch (RuntimeException e) {
            // Jena 5.6.0's JSON parser throws a NullPointerException on some truncated lines
            throw new InputException(source, fallbackId, Reason.BAD_RECORD, "not JSON: the line ends inside a value", byteOffset, e);
        }
        if (!v.isObject()) throw new InputException(source, fallbackId, Reason.BAD_RECORD, "not a JSON object", byteOffset, null);
        JsonObject o = v.getAsObject();
        String id = string(o, "id").filter(s -> FileNames.isSafeId(stem + "-" + s)).map(s -> stem + "-" + s).orElse(fallbackId);
        Optional<String> content = string(o, "content");
        if (content.isEmpty()) {
            throw new InputException(source, id, Reason.BAD_RECORD, "no text field 'content'", byteOffset, null);
        }
        if (content.get().isBlank()) throw new InputException(source, id, Reason.EMPTY, "'content' is blank", byteOffset, null);
        if (content.get().length() > limits.maxArticleChars()) {
            throw new InputException(source, id, Reason.TOO_LONG, "'content' has " + content.get().length()
                    + " chars, more than the maximum article length " + limits.maxArticleChars(), byteOffset, null);
        }
        for (String field : new String[] {"content", "title"}) {
            String s = string(o, field).orElse("");
            if (s.indexOf('\uFFFD') >= 0 || s.contains("锟斤拷")) {
                throw new InputException(source, id, Reason.SUSPECT_MOJIBAKE, "'" + field + "' holds U+FFFD or '锟斤拷'", byteOffset, null);
            }
        }
        Optional<String> date = string(o, "date").flatMap(WebPageReader::isoDate);
        String text = TextCleaner.clean(ArticleText.of(string(o, "title").orElse(""), date, java.util.List.of(content.get())));
        Optional<String> url = string(o, "url").or(() -> string(o, "source").filter(s -> s.startsWith("http")));
        return new InputDocument(new SourceDocument(id, source, text), InputFormat.JSONL, true, url);
    }

    private static Optional<String> string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isString() ? Optional.of(v.getAsString().value()) : Optional.empty();
    }

    private static String firstLine(String s) {
        if (s == null) return "syntax error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
