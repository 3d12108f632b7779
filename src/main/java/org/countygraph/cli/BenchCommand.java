package org.countygraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.countygraph.bench.Bench;
import org.countygraph.bench.BenchReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: measure extraction, loading, querying and scale against their yardsticks, print a table, write JSON. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure, in one run: extraction (chars/s, ours vs HanLP's segmentation, 1 thread and all), "
                + "loading (quads/s, the build's path vs Jena's parallel loader), typical query latency (1 and 4 clients "
                + "on a million quads) and builds of 1x/4x/16x the corpus (time, heap). Prints a table and writes JSON. "
                + "The full run takes 15 minutes or more; --quick is a smoke run of a minute.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "A small smoke run: every section on about 30,000 characters.")
    boolean quick;

    @Option(names = "--out", paramLabel = "FILE", description = "The JSON report (default: ${DEFAULT-VALUE}).", defaultValue = "target/bench.json")
    Path out;

    @Option(names = "--corpus", paramLabel = "PATH", split = ",",
            description = "Input folders or files (default: ${DEFAULT-VALUE}).", defaultValue = "seeds,bench/corpus")
    List<Path> corpus;

    @Option(names = "--threads", description = "Threads for the parallel measurements (default: the processors, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--work", paramLabel = "DIR", description = "Where scratch stores go (default: the system's temporary folder).")
    Path work;

    @Override
    public Integer call() {
        BenchReport r = Bench.create().extractor(Extractors.standard()).corpus(corpus).quick(quick).threads(threads).work(work)
                .build().run();
        System.out.print(r.table());
        r.write(out);
        System.out.println("wrote " + out);
        return 0;
    }
}
