package org.countygraph.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.countygraph.rdf.Iris;

/**
 * File names as users wrote them, whatever the JVM's locale: static helpers that read a path's
 * raw bytes (through its {@code file:} URI) instead of {@code Path.toString()}.
 *
 * <p>Why: under {@code LANG=C} the JVM decodes file names as ASCII ({@code sun.jnu.encoding}
 * cannot be changed at run time), so {@code 新闻.txt} listed from a folder prints as six U+FFFD
 * characters, and every two-character Chinese name would look alike. The URI keeps the bytes, so
 * names, messages and document ids come out the same in every locale. A name given on the command
 * line is another matter: the JVM cannot even make a {@code Path} of it under {@code LANG=C}, which
 * is why {@code bin/countygraph} switches to a UTF-8 locale.
 */
public final class FileNames {
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_.\\-]{1,120}");

    private FileNames() {}

    /** The path for messages: as given, unless the locale mangled it, then its absolute form decoded from its bytes. */
    public static String display(Path path) {
        String s = path.toString();
        if (s.indexOf('\uFFFD') < 0) return s;
        return decode(path.toAbsolutePath().toUri().getRawPath());
    }

    /** The last element of the path, decoded from its bytes (UTF-8, else GB18030, else left percent-encoded). */
    public static String fileName(Path path) {
        String raw = path.toAbsolutePath().toUri().getRawPath();
        if (raw.endsWith("/")) raw = raw.substring(0, raw.length() - 1);
        return decode(raw.substring(raw.lastIndexOf('/') + 1));
    }

    /** The file name without its extension. */
    public static String stem(Path path) {
        return stemOf(fileName(path));
    }

    /** A file name (already decoded, without folders) without its extension. */
    public static String stemOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The lower-case extension of the file name, without the dot, or "". */
    public static String extension(Path path) {
        return extensionOf(fileName(path));
    }

    /** The lower-case extension of a file name (already decoded, without folders), without the dot, or "". */
    public static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
    }

    /**
     * The document id for a file: its name without extension when that is made of
     * {@code A-Z a-z 0-9 _ - .}, else {@code doc-} and a hash of the name (so {@code 新闻.txt} has the
     * same id in every locale).
     */
    public static String documentId(Path path) {
        return documentIdOf(fileName(path));
    }

    /** The document id for a file name (already decoded, without folders): see {@link #documentId(Path)}. */
    public static String documentIdOf(String fileName) {
        return idFor(stemOf(fileName), fileName);
    }

    /** An id from a wanted stem, falling back to a hash of {@code hashed} when the stem is not safe. */
    static String idFor(String stem, String hashed) {
        if (SAFE_ID.matcher(stem).matches()) return stem;
        return "doc-" + Iris.hash(hashed);
    }

    /** True when {@code id} can be a document id as it is. */
    public static boolean isSafeId(String id) {
        return id != null && SAFE_ID.matcher(id).matches();
    }

    private static String decode(String percentEncoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < percentEncoded.length(); i++) {
            char c = percentEncoded.charAt(i);
            if (c == '%' && i + 2 < percentEncoded.length()) {
                bytes.write(Integer.parseInt(percentEncoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        byte[] b = bytes.toByteArray();
        for (Charset cs : new Charset[] {StandardCharsets.UTF_8, Charset.forName("GB18030")}) {
            try {
                return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                // try the next one
            }
        }
        return percentEncoded;
    }
}
