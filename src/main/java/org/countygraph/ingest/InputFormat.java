package org.countygraph.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** The kinds of input a build reads. */
public enum InputFormat {
    /** Plain text, one source document per file; offsets point into the decoded file. */
    TEXT,
    /** A web page: one article found in it; offsets point into its {@linkplain ArticleText article text}. */
    HTML,
    /** JSON Lines, one article per line; offsets point into each record's {@linkplain ArticleText article text}. */
    JSONL;

    /** The format of a file by its extension ({@code .html .htm .xhtml .shtml}, {@code .jsonl .ndjson}), else text. */
    public static InputFormat of(Path file) {
        return ofName(FileNames.fileName(file));
    }

    /** The format of a file by the extension of its name (already decoded, without folders): see {@link #of(Path)}. */
    public static InputFormat ofName(String fileName) {
        return switch (FileNames.extensionOf(fileName)) {
            case "html", "htm", "xhtml", "shtml" -> HTML;
            case "jsonl", "ndjson" -> JSONL;
            default -> TEXT;
        };
    }

    /** The format of bytes whose name says nothing: a page if it starts like HTML, records if it starts with '{'. */
    public static InputFormat sniff(byte[] bytes) {
        if (BinarySniffer.looksLikeHtml(bytes)) return HTML;
        int i = TextDecoder.hasUtf8Bom(bytes) ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) i++;
        return i < bytes.length && bytes[i] == '{' ? JSONL : TEXT;
    }

    /** Parses {@code auto}, {@code text}, {@code html} or {@code jsonl}; {@code auto} is null. */
    public static InputFormat parse(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("auto")) return null;
        for (InputFormat f : values()) if (f.name().toLowerCase(Locale.ROOT).equals(n)) return f;
        throw new org.countygraph.CountyGraphException("unknown input format '" + name + "': use auto, text, html or jsonl");
    }
}
