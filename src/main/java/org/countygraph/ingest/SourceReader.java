package org.countygraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.countygraph.extract.SourceDocument;

/**
 * Reads input files into documents for the extractor: text files, web pages and JSON Lines, with
 * limits, strict decoding and a one-line reason for everything it refuses.
 *
 * <ol>
 *   <li>Size gate: a file larger than {@link InputLimits#maxFileBytes()} is
 *       {@link Reason#TOO_LARGE} without being read; reading stops one byte past the limit, so a
 *       file that grows or a stream that never ends costs no more than the limit.</li>
 *   <li>Binary sniff ({@link BinarySniffer}): images, archives, PDFs, NUL bytes are
 *       {@link Reason#UNSUPPORTED_FORMAT}.</li>
 *   <li>Decoding ({@link TextDecoder}; a web page's declared charset first, see {@link WebPageReader}).</li>
 *   <li>Per format: a text file is one document; a web page is its article as {@link ArticleText};
 *       a JSON Lines file is one document a record ({@link JsonLinesReader}).</li>
 *   <li>{@link TextCleaner}: same-length cleaning, so offsets still point into the text read.</li>
 *   <li>Empty text is {@link Reason#EMPTY}; text longer than {@link InputLimits#maxArticleChars()}
 *       is {@link Reason#TOO_LONG}.</li>
 * </ol>
 *
 * Usage: {@code SourceReader.create(InputLimits.DEFAULT).read(path, sink)}.
 */
public final class SourceReader {
    private final InputLimits limits;

    private SourceReader(InputLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** A reader with the given limits. */
    public static SourceReader create(InputLimits limits) {
        return new SourceReader(limits);
    }

    public InputLimits limits() { return limits; }

    /**
     * Every file under {@code root} (recursively, sorted), or {@code root} itself when it is not a
     * folder. Hidden files and {@code README.md} are left out; entries that are neither folders nor
     * regular files (broken links, devices) are kept, so that reading them reports them.
     */
    public static List<Path> files(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException(FileNames.display(root), null, Reason.NOT_FOUND, "no such file or folder");
        }
        if (!Files.isDirectory(root)) return List.of(root);
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> out = new ArrayList<>();
            s.filter(p -> !Files.isDirectory(p))
                    .filter(p -> !FileNames.fileName(p).startsWith("."))
                    .filter(p -> !FileNames.fileName(p).equalsIgnoreCase("README.md"))
                    .filter(p -> !FileNames.fileName(p).equalsIgnoreCase("SOURCE.md"))
                    .sorted().forEach(out::add);
            return out;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(FileNames.display(root), null, Reason.IO_ERROR, "cannot list the folder: " + e.getMessage(), -1, e);
        }
    }

    /** Reads one file into {@code sink}: its documents, or why it (or one of its records) was refused. */
    public void read(Path file, InputSink sink) {
        String name = FileNames.display(file);
        String id = FileNames.documentId(file);
        InputFormat format = InputFormat.of(file);
        byte[] bytes;
        try {
            bytes = readFile(file, name);
        } catch (InputException e) {
            sink.rejected(e.at(name, id));
            return;
        }
        read(bytes, name, id, format == InputFormat.TEXT && BinarySniffer.looksLikeHtml(bytes) ? InputFormat.HTML : format,
                FileNames.stem(file), sink);
    }

    /**
     * Reads one file from a stream as {@link #read(Path, InputSink)} reads a local one: the document id,
     * the format and the record ids come from {@code fileName} (the last element of its path, decoded),
     * {@code name} is where it came from, for messages. For files on other file systems (the Spark job
     * reads Hadoop's); the size limit holds, reading stops one byte past it.
     */
    public void readFile(InputStream in, String name, String fileName, InputSink sink) {
        String id = FileNames.documentIdOf(fileName);
        byte[] bytes;
        try {
            bytes = readBounded(in, name, -1);
        } catch (InputException e) {
            sink.rejected(e.at(name, id));
            return;
        }
        InputFormat format = InputFormat.ofName(fileName);
        read(bytes, name, id, format == InputFormat.TEXT && BinarySniffer.looksLikeHtml(bytes) ? InputFormat.HTML : format,
                FileNames.stemOf(fileName), sink);
    }

    /**
     * Reads a stream (standard input) into {@code sink} as one source called {@code name} with
     * document id {@code id}; {@code format} null means sniff it from the bytes.
     */
    public void read(InputStream in, String name, String id, InputFormat format, InputSink sink) {
        byte[] bytes;
        try {
            bytes = readBounded(in, name, -1);
        } catch (InputException e) {
            sink.rejected(e.at(name, id));
            return;
        }
        read(bytes, name, id, format != null ? format : InputFormat.sniff(bytes), id, sink);
    }

    private void read(byte[] bytes, String name, String id, InputFormat format, String stem, InputSink sink) {
        try {
            String binary = BinarySniffer.binaryKind(bytes);
            if (binary != null) throw new InputException(name, id, Reason.UNSUPPORTED_FORMAT, "not text: " + binary);
            switch (format) {
                case TEXT -> sink.document(text(bytes, name, id));
                case HTML -> sink.document(page(bytes, name, id));
                case JSONL -> {
                    TextDecoder.Decoded d = TextDecoder.decodeUnchecked(bytes, name);
                    if (d.text().isBlank()) throw new InputException(name, id, Reason.EMPTY, "no records");
                    JsonLinesReader.read(d, name, stem, limits, sink);
                }
            }
        } catch (InputException e) {
            sink.rejected(e.documentId() == null ? e.at(name, id) : e);
        }
    }

    private InputDocument text(byte[] bytes, String name, String id) {
        String text = TextCleaner.clean(TextDecoder.decode(bytes, name));
        checkLength(text, name, id);
        return new InputDocument(new SourceDocument(id, name, text), InputFormat.TEXT, false, Optional.empty());
    }

    private InputDocument page(byte[] bytes, String name, String id) {
        WebPageReader.WebArticle a = WebPageReader.read(bytes, name);
        String text = TextCleaner.clean(ArticleText.of(a.title(), a.date(), a.paragraphs()));
        checkLength(text, name, id);
        return new InputDocument(new SourceDocument(id, name, text), InputFormat.HTML, true, Optional.empty());
    }

    private void checkLength(String text, String name, String id) {
        if (text.isBlank()) throw new InputException(name, id, Reason.EMPTY, "no text to extract");
        if (text.length() > limits.maxArticleChars()) {
            throw new InputException(name, id, Reason.TOO_LONG, "the text has " + text.length()
                    + " chars, more than the maximum article length " + limits.maxArticleChars());
        }
    }

    private byte[] readFile(Path file, String name) {
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) throw new NoSuchFileException(name);
            if (!Files.exists(file)) throw new InputException(name, null, Reason.NOT_FOUND, "a symbolic link whose target is missing");
            if (!Files.isRegularFile(file)) throw new InputException(name, null, Reason.IO_ERROR, "not a regular file");
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) throw tooLarge(name, size + " bytes");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = readBounded(in, name, size);
                if (bytes.length != size) {
                    throw new InputException(name, null, Reason.IO_ERROR, "changed while being read: "
                            + size + " bytes expected, " + bytes.length + " read");
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new InputException(name, null, Reason.NOT_FOUND, "no such file", -1, e);
        } catch (AccessDeniedException e) {
            throw new InputException(name, null, Reason.IO_ERROR, "permission denied", -1, e);
        } catch (IOException e) {
            throw new InputException(name, null, Reason.IO_ERROR, "cannot read: " + e.getMessage(), -1, e);
        }
    }

    /** Reads at most the file size limit plus one byte. */
    private byte[] readBounded(InputStream in, String name, long expected) {
        long max = limits.maxFileBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(expected, 8192), max + 1));
        byte[] buf = new byte[65536];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buf, 0, (int) Math.min(buf.length, max + 1 - total))) > 0) {
                out.write(buf, 0, n);
                total += n;
                if (total > max) throw tooLarge(name, "more than " + max + " bytes");
            }
        } catch (IOException e) {
            throw new InputException(name, null, Reason.IO_ERROR, "read failed after " + total + " bytes: " + e.getMessage(), total, e);
        }
        return out.toByteArray();
    }

    private InputException tooLarge(String name, String size) {
        return new InputException(name, null, Reason.TOO_LARGE, "file too large (" + size + ", limit "
                + limits.maxFileBytes() + " bytes; see --max-file-size)");
    }

    /** Reads one text or web-page file with the default limits: its single document. */
    public static SourceDocument read(Path file) {
        List<InputDocument> docs = new ArrayList<>();
        List<InputException> problems = new ArrayList<>();
        create(InputLimits.DEFAULT).read(file, new InputSink() {
            @Override public void document(InputDocument d) { docs.add(d); }
            @Override public void rejected(InputException e) { problems.add(e); }
        });
        if (!problems.isEmpty()) throw problems.get(0);
        if (docs.size() != 1) {
            throw new InputException(FileNames.display(file), null, Reason.BAD_RECORD, "holds " + docs.size() + " documents, not one");
        }
        return docs.get(0).document();
    }

    /** A text document from bytes already read, with the default limits. */
    public static SourceDocument fromBytes(byte[] bytes, String name, String id) {
        List<InputDocument> docs = new ArrayList<>();
        create(InputLimits.DEFAULT).read(bytes, name, id, InputFormat.TEXT, id, new InputSink() {
            @Override public void document(InputDocument d) { docs.add(d); }
            @Override public void rejected(InputException e) { throw e; }
        });
        return docs.get(0).document();
    }

    /** The document id for a file: see {@link FileNames#documentId(Path)}. */
    public static String idFor(Path file) {
        return FileNames.documentId(file);
    }
}
