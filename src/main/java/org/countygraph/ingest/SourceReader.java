package org.countygraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.countygraph.extract.SourceDocument;

/**
 * Reads plain-text news files into {@link SourceDocument}s: strict decoding, a document id made
 * from the file name, mojibake and binary content refused with a message naming the file.
 */
public final class SourceReader {
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_.\\-]{1,120}");
    private static final long MAX_BYTES = 64L << 20;

    private SourceReader() {}

    /** Every regular file under {@code root} (recursively, sorted), or {@code root} itself when it is a file. */
    public static List<Path> files(Path root) {
        if (!Files.exists(root)) throw new InputException(root + ": no such file or directory");
        if (Files.isRegularFile(root)) return List.of(root);
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> out = new ArrayList<>();
            s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted().forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new InputException(root + ": cannot list: " + e.getMessage(), e);
        }
    }

    /** Reads one file. */
    public static SourceDocument read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) throw new InputException(name + ": file too large (" + size + " bytes, limit " + MAX_BYTES + ")");
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file", e);
        } catch (IOException e) {
            throw new InputException(name + ": cannot read: " + e.getMessage(), e);
        }
        return fromBytes(bytes, name, idFor(file));
    }

    /** A document from bytes already read. */
    public static SourceDocument fromBytes(byte[] bytes, String name, String id) {
        for (byte b : bytes) {
            if (b == 0) throw new InputException(name + ": binary content (NUL byte), not text");
        }
        String text = TextDecoder.decode(bytes, name);
        if (text.indexOf('\uFFFD') >= 0) {
            throw new InputException(name + ": holds U+FFFD replacement characters at char offset " + text.indexOf('\uFFFD')
                    + ": the text was damaged before it reached us");
        }
        if (text.contains("锟斤拷")) {
            throw new InputException(name + ": holds mojibake '锟斤拷' at char offset " + text.indexOf("锟斤拷"));
        }
        if (text.isBlank()) throw new InputException(name + ": empty: no text to extract");
        return new SourceDocument(id, name, text);
    }

    /** The document id for a file: its name without extension when safe, else a hash of the name. */
    public static String idFor(Path file) {
        String base = file.getFileName().toString();
        int dot = base.lastIndexOf('.');
        if (dot > 0) base = base.substring(0, dot);
        if (SAFE_ID.matcher(base).matches()) return base;
        return "doc-" + org.countygraph.rdf.Iris.hash(file.getFileName().toString());
    }
}
