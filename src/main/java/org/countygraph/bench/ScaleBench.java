package org.countygraph.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.countygraph.build.BuildListener;
import org.countygraph.build.BuildReport;
import org.countygraph.build.GraphBuild;
import org.countygraph.build.Outcome;
import org.countygraph.extract.Extractor;
import org.countygraph.ingest.InputDocument;
import org.countygraph.store.GraphStore;

/**
 * Section 4: the build of the corpus copied 1, 4 and 16 times (distinct ids, see
 * {@link BenchCorpus#writeCopies}), each into a new store and graphs folder as
 * {@code bin/countygraph build} makes them, timed, with the heap watched ({@link HeapWatch}).
 * Time should grow in proportion to the text and the heap stay flat.
 */
final class ScaleBench {
    private final BenchCorpus corpus;
    private final Extractor extractor;
    private final WorkDir work;
    private final PrintStream terminal;
    private final Progress progress;

    ScaleBench(BenchCorpus corpus, Extractor extractor, WorkDir work, PrintStream terminal, Progress progress) {
        this.corpus = corpus;
        this.extractor = extractor;
        this.work = work;
        this.terminal = terminal;
        this.progress = progress;
    }

    /**
     * One build.
     *
     * @param factor    how many copies of the corpus
     * @param documents documents built
     * @param chars     characters of text extracted
     * @param quads     quads loaded
     * @param seconds   wall-clock time of the build
     * @param peakUsed  the most heap in use, garbage included, in bytes
     * @param peakLive  the most heap surviving a collection, in bytes
     */
    record Build(int factor, int documents, long chars, long quads, double seconds, long peakUsed, long peakLive) {
        double charsPerSecond() { return chars / seconds; }
    }

    List<Build> run(int[] factors) {
        List<Build> out = new ArrayList<>();
        for (int f : factors) out.add(build(f));
        return out;
    }

    private Build build(int factor) {
        Path dir = work.resolve("scale-" + factor);
        Path inputs = corpus.writeCopies(dir.resolve("inputs"), factor);
        progress.say(String.format("scale: building %dx the corpus (%,d chars)", factor, corpus.chars() * factor));
        long[] chars = {0};
        BuildListener counter = new BuildListener() {
            @Override
            public void outcome(Outcome o) { }

            @Override
            public void document(InputDocument d) { chars[0] += d.document().text().length(); }
        };
        BuildReport r;
        long start;
        double seconds;
        long peakUsed;
        long peakLive;
        try (GraphStore store = GraphStore.open(dir.resolve("store")); HeapWatch heap = HeapWatch.start()) {
            start = System.nanoTime();
            r = GraphBuild.create().extractor(extractor).store(store).graphs(dir.resolve("graphs")).fingerprint("bench").listener(counter)
                    .progress(terminal, Duration.ofSeconds(10)).build().run(inputs);
            seconds = (System.nanoTime() - start) / 1e9;
            peakUsed = heap.peakUsed();
            peakLive = heap.peakLive();
        }
        if (!r.ok()) throw new BenchException("the scale build of " + factor + "x failed: " + r.failures());
        WorkDir.deleteTree(dir);
        Build b = new Build(factor, r.documents(), chars[0], r.quads(), seconds, peakUsed, peakLive);
        progress.say(String.format("scale: %dx: %d documents, %,d quads in %.1f s (%,.0f chars/s); heap peak %.0f MB, live peak %.0f MB",
                factor, b.documents(), b.quads(), seconds, b.charsPerSecond(), peakUsed / 1e6, peakLive / 1e6));
        return b;
    }
}
