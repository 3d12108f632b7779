package org.countygraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.countygraph.store.GraphStore;

/**
 * Section 2: quads per second into a fresh TDB2 store by the build's loading path (documents
 * several to a write transaction, {@link org.countygraph.build.TransactionBatch}) against Jena's
 * own parallel bulk loader ({@link LoaderFactory#parallelLoader}) reading the same quads from an
 * N-Quads file, in rounds that alternate which goes first, each into new stores.
 */
final class LoadingBench {
    private final ExtractedCorpus data;
    private final WorkDir work;
    private final int rounds;
    private final Progress progress;

    LoadingBench(ExtractedCorpus data, WorkDir work, int rounds, Progress progress) {
        this.data = data;
        this.work = work;
        this.rounds = rounds;
        this.progress = progress;
    }

    /** Every round's rates. */
    record Result(long quads, int documents, List<Rate> ours, List<Rate> jena) {
        double oursPerSecond() { return median(ours); }

        double jenaPerSecond() { return median(jena); }

        /** Ours (the build's path) over Jena's parallel loader, medians. */
        double ratio() { return oursPerSecond() / jenaPerSecond(); }

        private static double median(List<Rate> rates) { return Stats.median(rates.stream().mapToDouble(Rate::perSecond).toArray()); }
    }

    /** Runs the loads; the store of our last round stays in {@link #keptStore()} for the caller. */
    Result run() {
        Path nq = work.resolve("corpus.nq");
        progress.say(String.format("loading: writing %,d quads of %,d documents as N-Quads", data.quads(), data.documents().size()));
        data.writeNQuads(nq);
        warmUp();
        List<Rate> ours = new ArrayList<>();
        List<Rate> jena = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            WorkDir.deleteTree(keptStore());
            if (r % 2 == 0) {
                ours.add(load("countygraph", keptStore(), data::loadInto));
                jena.add(jena(nq, r));
            } else {
                jena.add(jena(nq, r));
                ours.add(load("countygraph", keptStore(), data::loadInto));
            }
        }
        return new Result(data.quads(), data.documents().size(), ours, jena);
    }

    /**
     * Loads a tenth of the documents each way, untimed, so that neither timed round pays for the
     * JIT compiling TDB2's index and node-table code (the first timed load ran 30-40 % slower than
     * the same load after it, whichever loader went first).
     */
    private void warmUp() {
        ExtractedCorpus tenth = new ExtractedCorpus(data.documents().subList(0, Math.max(1, data.documents().size() / 10)));
        Path nq = work.resolve("warm-up.nq");
        tenth.writeNQuads(nq);
        progress.say(String.format("loading: warming up with %,d quads each way, not timed", tenth.quads()));
        Path ourDir = work.resolve("warm-up-countygraph");
        try (GraphStore store = GraphStore.open(ourDir)) {
            tenth.loadInto(store);
        }
        WorkDir.deleteTree(ourDir);
        Path jenaDir = work.resolve("warm-up-jena");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(jenaDir.toString());
        try {
            DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            loader.load(nq.toString());
            loader.finishBulk();
        } finally {
            TDBInternal.expel(dsg);
        }
        WorkDir.deleteTree(jenaDir);
    }

    /** The folder of the store our last round loaded. */
    Path keptStore() { return work.resolve("countygraph"); }

    private Rate load(String name, Path dir, java.util.function.Consumer<GraphStore> how) {
        long start = System.nanoTime();
        try (GraphStore store = GraphStore.open(dir)) {
            how.accept(store);
        }
        return say(new Rate(name, 1, data.quads(), (System.nanoTime() - start) / 1e9));
    }

    private Rate jena(Path nq, int round) {
        Path dir = work.resolve("jena-" + round);
        long start = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            try {
                loader.load(nq.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
        } finally {
            TDBInternal.expel(dsg);
        }
        Rate rate = new Rate("jena-parallel", Runtime.getRuntime().availableProcessors(), data.quads(), (System.nanoTime() - start) / 1e9);
        WorkDir.deleteTree(dir);
        return say(rate);
    }

    private Rate say(Rate r) {
        progress.say(String.format("loading: %s: %,.0f quads/s (%.1f s)", r.task(), r.perSecond(), r.seconds()));
        return r;
    }
}
