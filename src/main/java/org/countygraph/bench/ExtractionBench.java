package org.countygraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.countygraph.build.GraphBuild;
import org.countygraph.extract.Extractor;
import org.countygraph.extract.hanlp.HanlpBaseline;
import org.countygraph.ingest.InputDocument;

/**
 * Section 1: characters per second of our whole extractor (articles, sentence repair, every
 * recogniser, the quads) against HanLP's own segmentation with name, place and organisation
 * recognition on the same texts, at one thread and at {@code threads}.
 *
 * <p>The two run interleaved, round by round, their order swapped each round (ours first, then
 * HanLP first), so that a burst of load from elsewhere on the machine falls on both alike; the
 * ratios are taken within each round and their median reported.
 */
final class ExtractionBench {
    private final Extractor extractor;
    private final BenchCorpus corpus;
    private final int rounds;
    private final int warmUpPasses;
    private final Progress progress;

    ExtractionBench(Extractor extractor, BenchCorpus corpus, int rounds, int warmUpPasses, Progress progress) {
        this.warmUpPasses = warmUpPasses;
        this.extractor = extractor;
        this.corpus = corpus;
        this.rounds = rounds;
        this.progress = progress;
    }

    /** The figures of one thread count: every round's rate for each task. */
    record AtThreads(int threads, List<Rate> ours, List<Rate> hanlp) {
        double oursPerSecond() { return Stats.median(ours.stream().mapToDouble(Rate::perSecond).toArray()); }

        double hanlpPerSecond() { return Stats.median(hanlp.stream().mapToDouble(Rate::perSecond).toArray()); }

        /** Median over rounds of ours/HanLP. */
        double ratio() {
            double[] r = new double[ours.size()];
            for (int i = 0; i < r.length; i++) r[i] = ours.get(i).perSecond() / hanlp.get(i).perSecond();
            return Stats.median(r);
        }
    }

    /** The section's result: at one thread and at all threads. */
    record Result(long chars, int documents, AtThreads single, AtThreads all) {
        double oursSpeedup() { return all.oursPerSecond() / single.oursPerSecond(); }

        double hanlpSpeedup() { return all.hanlpPerSecond() / single.hanlpPerSecond(); }
    }

    Result run(int threads) {
        List<InputDocument> docs = corpus.documents();
        ToLongFunction<InputDocument> size = d -> d.document().text().length();
        ToLongFunction<InputDocument> ours = d -> GraphBuild.toQuads(extractor.extract(d.document()), d, "bench").quads().size();
        ToLongFunction<InputDocument> hanlp = d -> HanlpBaseline.segment(d.document().text());
                warmUp(docs, size, ours, hanlp);
        AtThreads one = atThreads(1, docs, size, ours, hanlp);
        AtThreads all = threads > 1 ? atThreads(threads, docs, size, ours, hanlp) : one;
        return new Result(corpus.chars(), docs.size(), one, all);
    }

    private AtThreads atThreads(int threads, List<InputDocument> docs, ToLongFunction<InputDocument> size,
                                ToLongFunction<InputDocument> ours, ToLongFunction<InputDocument> hanlp) {
        List<Rate> o = new ArrayList<>();
        List<Rate> h = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            if (r % 2 == 0) {
                o.add(report(ParallelRun.time("countygraph", docs, size, threads, ours)));
                h.add(report(ParallelRun.time("hanlp", docs, size, threads, hanlp)));
            } else {
                h.add(report(ParallelRun.time("hanlp", docs, size, threads, hanlp)));
                o.add(report(ParallelRun.time("countygraph", docs, size, threads, ours)));
            }
        }
        return new AtThreads(threads, o, h);
    }

    private Rate report(Rate r) {
        progress.say(String.format("extraction: %s on %d thread(s): %,.0f chars/s (%.1f s)", r.task(), r.threads(), r.perSecond(), r.seconds()));
        return r;
    }

    /**
     * Runs both over all the texts until our rate gains less than a tenth from one pass to the next
     * ({@code maxPasses} at most): the JIT compiles HanLP's and our hot paths only after some
     * passes, and on a busy machine its compiler threads wait for a processor too.
     */
    private void warmUp(List<InputDocument> docs, ToLongFunction<InputDocument> size,
                        ToLongFunction<InputDocument> ours, ToLongFunction<InputDocument> hanlp) {
        double last = 0;
        for (int pass = 1; pass <= warmUpPasses; pass++) {
            Rate r = ParallelRun.time("countygraph", docs, size, 1, ours);
            ParallelRun.time("hanlp", docs, size, 1, hanlp);
            progress.say(String.format("extraction: warm-up pass %d: %,.0f chars/s", pass, r.perSecond()));
            if (r.perSecond() < last * 1.1) break;
            last = r.perSecond();
        }
    }
}
