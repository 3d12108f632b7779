package org.countygraph.build;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.countygraph.ingest.InputDocument;

/**
 * A {@link BuildListener} that passes every event on to another and, at most once per interval,
 * prints where a long build is: documents, characters and triples so far, the rate, and (when
 * the build said how many bytes it will read) how much is read and about how long is left.
 *
 * <pre>
 * progress: 1,234 documents, 5.6 M chars, 1.2 M triples in 2:05; 44,800 chars/s; 38% of 101.2 MB read, about 3:24 left
 * </pre>
 *
 * Time left assumes the rest reads as fast as the part read so far. Within a file the part read
 * is the UTF-8 size of its documents' text done so far, so a large JSON Lines file advances
 * record by record. Nothing is printed by a build shorter than one interval.
 *
 * <p>Usage: {@code GraphBuild.create()....log(System.err).progress(System.err, Duration.ofSeconds(10))}.
 */
public final class ProgressListener implements BuildListener {
    private final PrintStream out;
    private final long intervalNanos;
    private final BuildListener next;
    private final LongSupplier clock;
    private long start;
    private long lastPrint;
    private long totalBytes = -1;
    private long filesDoneBytes;
    private long fileBytes;
    private long fileTextBytes;
    private final java.util.ArrayDeque<Pending> pending = new java.util.ArrayDeque<>();
    private long documents;
    private long chars;
    private long triples;

    /** Prints to {@code out} at most once per {@code every}, passing events on to {@code next}. */
    public ProgressListener(PrintStream out, Duration every, BuildListener next) {
        this(out, every, next, System::nanoTime);
    }

    ProgressListener(PrintStream out, Duration every, BuildListener next, LongSupplier clock) {
        this.out = Objects.requireNonNull(out, "out");
        if (every.isNegative() || every.isZero()) throw new IllegalArgumentException("progress interval must be positive, not " + every);
        this.intervalNanos = every.toNanos();
        this.next = Objects.requireNonNull(next, "next");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.start = clock.getAsLong();
        this.lastPrint = start;
    }

    @Override
    public void starting(int files, long bytes) {
        totalBytes = bytes;
        start = clock.getAsLong(); // rates count from the build's start, not from when it was set up
        lastPrint = start;
        next.starting(files, bytes);
    }

    @Override
    public void reading(Path file, long bytes) {
        filesDoneBytes += fileBytes;
        fileBytes = bytes;
        fileTextBytes = 0;
        next.reading(file, bytes);
    }

    @Override
    public void document(InputDocument document) {
        String text = document.document().text();
        fileTextBytes += utf8Length(text);
        pending.add(new Pending(document.document().id(), text.length()));
        next.document(document);
    }

    @Override
    public void outcome(Outcome o) {
        next.outcome(o);
        // outcomes come in input order, a loaded one once its transaction commits (after later documents were read)
        long docChars = !pending.isEmpty() && pending.peek().id().equals(o.documentId()) ? pending.poll().chars() : 0;
        if (o.status() == Outcome.Status.LOADED || o.status() == Outcome.Status.UNCHANGED) {
            documents++;
            chars += docChars;
            triples += o.quads();
        }
        long now = clock.getAsLong();
        if (now - lastPrint >= intervalNanos) {
            lastPrint = now;
            out.println(line(now));
        }
    }

    /** The progress line as of {@code now} (a {@link System#nanoTime} reading). */
    String line(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "progress: %,d documents, %s chars, %s triples in %s; %,.0f chars/s",
                documents, human(chars), human(triples), clock(seconds), chars / seconds));
        if (totalBytes > 0) {
            long done = Math.min(totalBytes, filesDoneBytes + Math.min(fileBytes, fileTextBytes));
            sb.append(String.format(Locale.ROOT, "; %.0f%% of %.1f MB read", 100.0 * done / totalBytes, totalBytes / 1e6));
            if (done > 0) sb.append(", about ").append(clock(seconds * (totalBytes - done) / done)).append(" left");
        }
        return sb.toString();
    }

    /** A document read whose outcome has not come yet. */
    private record Pending(String id, long chars) {}

    private static String human(long n) {
        if (n >= 1_000_000) return String.format(Locale.ROOT, "%.1f M", n / 1e6);
        if (n >= 10_000) return String.format(Locale.ROOT, "%.0f k", n / 1e3);
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) n += 1;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c)) { n += 4; i++; }
            else n += 3;
        }
        return n;
    }
}
