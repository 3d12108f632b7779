package org.countygraph.build;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Writes a {@link BuildReport} as a file, one row per outcome: JSON when the file name ends in
 * {@code .json}, else tab-separated values with a header row. Columns: {@code source},
 * {@code document}, {@code status}, {@code reason}, {@code byte_offset} (empty or -1 when none),
 * {@code articles}, {@code quads}, {@code message}.
 */
public final class ReportWriter {
    private static final String[] COLUMNS = {"source", "document", "status", "reason", "byte_offset", "articles", "quads", "message"};

    private ReportWriter() {}

    /** Writes the report to {@code file}, in the format its name asks for. */
    public static void write(BuildReport report, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try (OutputStream out = Files.newOutputStream(file)) {
                if (file.getFileName().toString().endsWith(".json")) json(report, out);
                else tsv(report, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + file, e);
        }
    }

    /** Writes tab-separated values; tabs and line breaks inside values become spaces. */
    public static void tsv(BuildReport report, OutputStream out) throws IOException {
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(String.join("\t", COLUMNS) + "\n");
        for (Outcome o : report.outcomes()) {
            String[] row = {o.source(), o.documentId(), o.status().name(), o.reason().map(Enum::name).orElse(""),
                o.byteOffset() >= 0 ? Long.toString(o.byteOffset()) : "", Integer.toString(o.articles()),
                Long.toString(o.quads()), o.message()};
            for (int i = 0; i < row.length; i++) row[i] = row[i].replaceAll("[\\t\\r\\n]", " ");
            w.write(String.join("\t", row) + "\n");
        }
        w.flush();
    }

    /** Writes a JSON array of objects with the report's columns as keys. */
    public static void json(BuildReport report, OutputStream out) {
        JsonArray rows = new JsonArray();
        for (Outcome o : report.outcomes()) {
            JsonObject row = new JsonObject();
            row.put("source", o.source());
            row.put("document", o.documentId());
            row.put("status", o.status().name());
            row.put("reason", o.reason().map(Enum::name).orElse(""));
            row.put("byte_offset", o.byteOffset());
            row.put("articles", o.articles());
            row.put("quads", o.quads());
            row.put("message", o.message());
            rows.add(row);
        }
        org.apache.jena.atlas.json.JSON.write(out, rows);
    }
}
