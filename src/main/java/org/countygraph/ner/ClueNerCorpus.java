package org.countygraph.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Static reading and writing of CLUENER2020 records: JSON objects one after another (pretty-printed
 * over several lines, or one a line), each {@code {"text": …, "label": {type: {mention: [[start,
 * end_inclusive], …]}}}}. Offsets count code points, as the set's Python tools do; they become
 * UTF-16 offsets here and are written back as code points.
 *
 * <p>Written predictions repeat each record's text and label and add {@code predicted} in the same
 * layout, one record a line.
 */
public final class ClueNerCorpus {
    private ClueNerCorpus() {}

    /** Reads every record of a CLUENER file (UTF-8). */
    public static List<NerSentence> read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new NerException("no such file: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses the records of a CLUENER text; {@code name} names the source in messages. */
    public static List<NerSentence> parse(String content, String name) {
        List<NerSentence> out = new ArrayList<>();
        for (String record : records(content, name)) {
            JsonValue v;
            try {
                v = JSON.parseAny(record);
            } catch (JsonException e) {
                throw new NerException(name + ": record " + (out.size() + 1) + " is not JSON: " + e.getMessage(), e);
            }
            out.add(sentence(v, name, out.size() + 1));
        }
        return out;
    }

    /** Writes one JSON record a line: the gold text and label, and our {@code predicted} entities. */
    public static void write(List<NerSentence> gold, List<List<NamedSpan>> predicted, Writer out) {
        if (gold.size() != predicted.size()) {
            throw new NerException(predicted.size() + " predictions for " + gold.size() + " sentences");
        }
        try {
            for (int s = 0; s < gold.size(); s++) {
                String text = gold.get(s).text();
                out.write("{\"text\": " + quote(text) + ", \"label\": " + layout(text, gold.get(s).entities())
                        + ", \"predicted\": " + layout(text, predicted.get(s)) + "}\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write predictions: " + e.getMessage(), e);
        }
    }

    /** Cuts a text into its top-level JSON objects by brace depth, strings respected. */
    static List<String> records(String content, String name) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = -1;
        boolean inString = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                if (depth++ == 0) start = i;
            } else if (c == '}') {
                if (--depth == 0) out.add(content.substring(start, i + 1));
                if (depth < 0) throw new NerException(name + ": unbalanced '}' at character " + i);
            } else if (depth == 0 && !Character.isWhitespace(c) && c != '\uFEFF' && c != ',' && c != '[' && c != ']') {
                throw new NerException(name + ": unexpected '" + c + "' between records at character " + i);
            }
        }
        if (depth != 0) throw new NerException(name + ": the last record is not closed");
        return out;
    }

    private static NerSentence sentence(JsonValue v, String name, int n) {
        if (!v.isObject() || !v.getAsObject().hasKey("text") || !v.getAsObject().get("text").isString()) {
            throw new NerException(name + ": record " + n + " has no \"text\" string");
        }
        JsonObject o = v.getAsObject();
        String text = o.get("text").getAsString().value();
        List<NamedSpan> spans = new ArrayList<>();
        JsonValue label = o.get("label");
        if (label != null && label.isObject()) {
            for (Map.Entry<String, JsonValue> type : label.getAsObject().entrySet()) {
                for (Map.Entry<String, JsonValue> mention : type.getValue().getAsObject().entrySet()) {
                    for (JsonValue pair : mention.getValue().getAsArray()) {
                        JsonArray a = pair.getAsArray();
                        int cpStart = a.get(0).getAsNumber().value().intValue();
                        int cpEnd = a.get(1).getAsNumber().value().intValue() + 1;
                        if (cpStart < 0 || cpEnd > text.codePointCount(0, text.length()) || cpEnd <= cpStart) {
                            throw new NerException(name + ": record " + n + ": " + type.getKey() + " '" + mention.getKey()
                                    + "' at [" + cpStart + ", " + (cpEnd - 1) + "] is outside the text");
                        }
                        NamedSpan span = new NamedSpan(text.offsetByCodePoints(0, cpStart), text.offsetByCodePoints(0, cpEnd), type.getKey());
                        if (!span.of(text).equals(mention.getKey())) {
                            throw new NerException(name + ": record " + n + ": " + type.getKey() + " '" + mention.getKey()
                                    + "' at [" + cpStart + ", " + (cpEnd - 1) + "] reads '" + span.of(text) + "'");
                        }
                        spans.add(span);
                    }
                }
            }
        }
        return new NerSentence(text, spans);
    }

    private static String layout(String text, List<NamedSpan> spans) {
        Map<String, Map<String, List<String>>> byLabel = new LinkedHashMap<>();
        for (NamedSpan s : spans) {
            int cpStart = text.codePointCount(0, s.start());
            int cpEnd = text.codePointCount(0, s.end()) - 1;
            byLabel.computeIfAbsent(s.label(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(s.of(text), k -> new ArrayList<>()).add("[" + cpStart + ", " + cpEnd + "]");
        }
        StringBuilder sb = new StringBuilder("{");
        byLabel.forEach((label, mentions) -> {
            if (sb.length() > 1) sb.append(", ");
            sb.append(quote(label)).append(": {");
            int k = 0;
            for (Map.Entry<String, List<String>> m : mentions.entrySet()) {
                if (k++ > 0) sb.append(", ");
                sb.append(quote(m.getKey())).append(": [").append(String.join(", ", m.getValue())).append(']');
            }
            sb.append('}');
        });
        return sb.append('}').toString();
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
