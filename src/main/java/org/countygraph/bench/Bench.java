package org.countygraph.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.countygraph.build.ReferenceGraphs;
import org.countygraph.extract.Extractor;
import org.countygraph.store.GraphStore;

/**
 * The benchmark: extraction, loading, querying and scale measured in one process run, each
 * against its yardstick in the same run, so that ratios hold on a shared, noisy machine.
 *
 * <ol>
 *   <li>read the corpus ({@link BenchCorpus});</li>
 *   <li>extraction: ours against HanLP's segmentation, 1 thread and all ({@link ExtractionBench});</li>
 *   <li>loading: the corpus extracted once and copied to a million quads, loaded by the build's
 *       path and by Jena's parallel loader ({@link LoadingBench});</li>
 *   <li>querying: typical queries over HTTP on the store just loaded plus the reference graphs,
 *       1 and 4 clients ({@link QueryBench});</li>
 *   <li>scale: builds of 1, 4 and 16 copies of the corpus, time and heap ({@link ScaleBench}).</li>
 * </ol>
 *
 * A quick run ({@link Builder#quick}) does the same on the first document (the seed, 6,225 characters), 10,000 quads and
 * copies 1 and 2 times: a smoke test that every section works, not a measurement.
 *
 * <p>Usage: {@code BenchReport r = Bench.create().extractor(x).corpus(List.of(Path.of("seeds"))).build().run();}
 */
public final class Bench {
    private final Extractor extractor;
    private final List<Path> corpus;
    private final boolean quick;
    private final int threads;
    private final Path workParent;
    private final PrintStream terminal;

    private Bench(Builder b) {
        this.extractor = b.extractor;
        this.corpus = b.corpus;
        this.quick = b.quick;
        this.threads = b.threads;
        this.workParent = b.work;
        this.terminal = b.terminal;
    }

    public static Builder create() { return new Builder(); }

    /** Runs every section and returns what they measured. */
    public BenchReport run() {
        Progress progress = Progress.to(terminal);
        Map<String, String> machine = machine();
        BenchCorpus all = BenchCorpus.read(corpus);
        BenchCorpus text = quick ? all.head(5_000) : all;
        progress.say(String.format("corpus: %d documents, %,d chars from %s", text.documents().size(), text.chars(), corpus));
        try (WorkDir work = WorkDir.create(workParent)) {
            ExtractionBench.Result extraction = new ExtractionBench(extractor, text, quick ? 1 : 3, quick ? 1 : 6, progress).run(threads);
            progress.say("loading: extracting the corpus once and copying it");
            ExtractedCorpus data = ExtractedCorpus.extract(text, extractor, threads).replicatedTo(quick ? 10_000 : 1_000_000);
            LoadingBench loadingBench = new LoadingBench(data, work, quick ? 1 : 2, progress);
            LoadingBench.Result loading = loadingBench.run();
            QueryBench.Result querying;
            try (GraphStore store = GraphStore.open(loadingBench.keptStore())) {
                ReferenceGraphs.loadInto(store);
                querying = new QueryBench(store, quick ? 2 : 40, new int[] {1, 4}, quick ? 1 : 3, progress).run();
            }
            List<ScaleBench.Build> scale = new ScaleBench(text, extractor, work, terminal, progress).run(quick ? new int[] {1, 2} : new int[] {1, 4, 16});
            return new BenchReport(machine, quick, extraction, loading, querying, scale);
        }
    }

    private Map<String, String> machine() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("processors", Integer.toString(Runtime.getRuntime().availableProcessors()));
        m.put("threads", Integer.toString(threads));
        m.put("maxHeapMB", Long.toString(Runtime.getRuntime().maxMemory() >> 20));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        m.put("loadAverageAtStart", String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return m;
    }

    /** Builds a {@link Bench}, checking each setting as it is given. */
    public static final class Builder {
        private Extractor extractor;
        private List<Path> corpus = List.of(Path.of("seeds"), Path.of("bench/corpus"));
        private boolean quick;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Path work;
        private PrintStream terminal = System.err;

        /** The extractor measured. Required. */
        public Builder extractor(Extractor x) { this.extractor = Objects.requireNonNull(x, "extractor"); return this; }

        /** The input files and folders. Defaults to {@code seeds} and {@code bench/corpus}. */
        public Builder corpus(List<Path> inputs) {
            if (inputs.isEmpty()) throw new BenchException("the benchmark needs at least one input folder or file");
            this.corpus = List.copyOf(inputs);
            return this;
        }

        /** True for the small smoke run. Defaults to false. */
        public Builder quick(boolean q) { this.quick = q; return this; }

        /** Threads for the parallel measurements. Defaults to the number of processors (at least 2 is useful). */
        public Builder threads(int n) {
            if (n < 1) throw new BenchException("threads must be at least 1, not " + n);
            this.threads = n;
            return this;
        }

        /** Where the scratch folder goes. Defaults to the system's temporary folder. */
        public Builder work(Path dir) { this.work = dir; return this; }

        /** Where progress lines go. Defaults to standard error. */
        public Builder terminal(PrintStream out) { this.terminal = Objects.requireNonNull(out, "terminal"); return this; }

        public Bench build() {
            if (extractor == null) throw new BenchException("a Bench needs an extractor");
            return new Bench(this);
        }
    }
}
