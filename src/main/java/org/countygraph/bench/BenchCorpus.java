package org.countygraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.countygraph.ingest.FileNames;
import org.countygraph.ingest.InputDocument;
import org.countygraph.ingest.InputException;
import org.countygraph.ingest.InputFormat;
import org.countygraph.ingest.InputLimits;
import org.countygraph.ingest.InputSink;
import org.countygraph.ingest.SourceReader;

/**
 * The documents a benchmark runs on, read by the project's own {@link SourceReader} (text files
 * and JSON Lines) exactly as a build reads them, with the files they came from.
 *
 * <p>Usage: {@code BenchCorpus c = BenchCorpus.read(List.of(Path.of("seeds"), Path.of("bench/corpus")));}
 *
 * @param files     the input files, sorted as a build lists them
 * @param documents the documents read from them, in file order
 */
public record BenchCorpus(List<Path> files, List<InputDocument> documents) {
    public BenchCorpus {
        files = List.copyOf(files);
        documents = List.copyOf(documents);
        if (documents.isEmpty()) throw new BenchException("the benchmark corpus holds no documents (files: " + files + ")");
    }

    /** Reads every input under the given files or folders; an input that cannot be read is a {@link BenchException}. */
    public static BenchCorpus read(List<Path> inputs) {
        SourceReader reader = SourceReader.create(InputLimits.DEFAULT);
        List<Path> files = new ArrayList<>();
        List<InputDocument> docs = new ArrayList<>();
        InputSink sink = new InputSink() {
            @Override
            public void document(InputDocument d) { docs.add(d); }

            @Override
            public void rejected(InputException e) {
                throw new BenchException("cannot read benchmark input " + e.source() + ": " + e.getMessage(), e);
            }
        };
        for (Path in : inputs) {
            for (Path f : SourceReader.files(in)) {
                if (InputFormat.of(f) == InputFormat.HTML) throw new BenchException("web pages are not supported as benchmark input: " + f);
                files.add(f);
                reader.read(f, sink);
            }
        }
        return new BenchCorpus(files, docs);
    }

    /** The first documents, as few as hold {@code chars} characters at least (all when they hold fewer), with their files. */
    public BenchCorpus head(long chars) {
        List<InputDocument> docs = new ArrayList<>();
        long n = 0;
        for (InputDocument d : documents) {
            if (n >= chars) break;
            docs.add(d);
            n += d.document().text().length();
        }
        Set<String> sources = new HashSet<>();
        for (InputDocument d : docs) sources.add(fileOf(d));
        return new BenchCorpus(files.stream().filter(f -> sources.contains(FileNames.display(f))).toList(), docs);
    }

    /** The file a document was read from, as displayed: a JSON Lines record's source is {@code file:line}. */
    private static String fileOf(InputDocument d) {
        String s = d.source();
        return d.format() == InputFormat.JSONL ? s.substring(0, s.lastIndexOf(':')) : s;
    }

    /** The number of characters of text handed to the extractor. */
    public long chars() {
        return documents.stream().mapToLong(d -> d.document().text().length()).sum();
    }

    /** The texts, in order. */
    public List<String> texts() {
        return documents.stream().map(d -> d.document().text()).toList();
    }

    /**
     * Writes {@code factor} copies of the corpus's files into {@code dir}, so that a build of the
     * folder reads {@code factor} times the text. Each copy's documents get distinct ids
     * ({@code <stem>-c03} for a text file, {@code <stem>-c03-<line>} for a JSON Lines record) and
     * a distinct text: a text file gains a last line {@code 副本3}, a record's title ends with
     * {@code 副本3}. Without that the build would load the first copy only and count the others as
     * duplicates. Returns {@code dir}.
     */
    public Path writeCopies(Path dir, int factor) {
        if (factor < 1) throw new BenchException("replication factor must be at least 1, not " + factor);
        try {
            Files.createDirectories(dir);
            for (int k = 1; k <= factor; k++) {
                String mark = "副本" + k;
                for (Path f : files) {
                    String stem = FileNames.stem(f) + String.format("-c%02d", k);
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    if (InputFormat.of(f) == InputFormat.JSONL) {
                        copyRecords(text, mark, lines(f), dir.resolve(stem + ".jsonl"));
                    } else {
                        Files.writeString(dir.resolve(stem + ".txt"), text + (text.endsWith("\n") ? "" : "\n") + mark + "\n",
                                StandardCharsets.UTF_8);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the replicated corpus into " + dir, e);
        }
    }

    /** The line numbers of the records of a JSON Lines file that are among this corpus's documents. */
    private Set<Integer> lines(Path file) {
        String prefix = FileNames.display(file) + ":";
        Set<Integer> out = new HashSet<>();
        for (InputDocument d : documents) {
            if (d.source().startsWith(prefix)) out.add(Integer.parseInt(d.source().substring(prefix.length())));
        }
        return out;
    }

    private static void copyRecords(String jsonl, String mark, Set<Integer> keep, Path out) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String[] lines = jsonl.split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || !keep.contains(i + 1)) continue;
                JsonObject o = JSON.parseAny(line).getAsObject();
                String title = o.hasKey("title") && o.get("title").isString() ? o.getString("title") : "";
                o.put("title", title + " " + mark);
                // JSON escapes the line ends inside strings: those left are layout and may become spaces
                w.write(o.toString().replace('\n', ' '));
                w.write('\n');
            }
        }
    }
}
