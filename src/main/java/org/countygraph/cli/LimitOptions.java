package org.countygraph.cli;

import java.util.Locale;
import org.countygraph.ingest.InputLimits;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The input limits as command-line options, shared by {@code build}, {@code add} and {@code extract}. */
final class LimitOptions {
    @Option(names = "--max-file-size", paramLabel = "BYTES", converter = Size.class,
            description = "Largest input file read, e.g. 32M (default: 32M). Larger files are refused unread.")
    Long maxFileBytes;

    @Option(names = "--max-article-chars", paramLabel = "CHARS",
            description = "Longest document text handed to the extractor (default: 200000 chars).")
    Integer maxArticleChars;

    InputLimits limits() {
        InputLimits l = InputLimits.DEFAULT;
        if (maxFileBytes != null) l = l.withMaxFileBytes(maxFileBytes);
        if (maxArticleChars != null) l = l.withMaxArticleChars(maxArticleChars);
        return l;
    }

    /** Parses a byte count with an optional K, M or G suffix (powers of 1024). */
    static final class Size implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.trim().toUpperCase(Locale.ROOT);
            long unit = 1;
            if (v.endsWith("B")) v = v.substring(0, v.length() - 1);
            if (v.endsWith("K")) unit = 1L << 10;
            else if (v.endsWith("M")) unit = 1L << 20;
            else if (v.endsWith("G")) unit = 1L << 30;
            if (unit > 1) v = v.substring(0, v.length() - 1);
            try {
                return Math.multiplyExact(Long.parseLong(v.trim()), unit);
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IllegalArgumentException("not a size: '" + value + "' (use e.g. 500000, 64K, 32M, 1G)");
            }
        }
    }
}
