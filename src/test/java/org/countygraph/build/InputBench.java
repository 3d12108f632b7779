package org.countygraph.build;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.countygraph.extract.hanlp.StandardExtractor;
import org.countygraph.ingest.InputLimits;
import org.countygraph.store.GraphStore;

/**
 * A benchmark, not a test: builds a folder (by default the government work reports, 72 JSON Lines
 * records, 1.1 million chars) into a fresh TDB2 store, then builds it again (nothing changed),
 * and with {@code --big KB} also a generated one-article text file of that size, and prints the times.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp target/test-classes:target/classes:$(cat target/cp.txt) org.countygraph.build.InputBench \
 *     ../shared/data/gov-work-reports [--big 600]
 * </pre>
 */
public final class InputBench {
    private InputBench() {}

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args.length > 0 ? args[0] : "../shared/data/gov-work-reports");
        int bigKb = args.length > 2 && args[1].equals("--big") ? Integer.parseInt(args[2]) : 0;
        Path tmp = Files.createTempDirectory("countygraph-bench");
        try {
            var extractor = StandardExtractor.create();
            try (GraphStore s = GraphStore.open(tmp.resolve("store"))) {
                GraphBuild b = GraphBuild.create().extractor(extractor).store(s).fingerprint("bench")
                        .limits(InputLimits.DEFAULT.withMaxArticleChars(Integer.MAX_VALUE)).log(System.err).build();
                time("first build of " + input, () -> b.run(input));
                time("second build (unchanged)", () -> b.run(input));
                if (bigKb > 0) {
                    Path big = tmp.resolve("big/one-article.txt");
                    Files.createDirectories(big.getParent());
                    try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
                        String line = "醴陵市委书记李明主持召开全市经济工作会议，研究部署产业发展和项目建设工作。\n";
                        long n = (long) bigKb << 10;
                        for (long written = 0; written < n; written += line.getBytes(StandardCharsets.UTF_8).length) w.write(line);
                    }
                    time("build of a " + bigKb + " KB text file", () -> b.run(big.getParent()));
                }
            }
        } finally {
            try (Stream<Path> w = Files.walk(tmp)) {
                w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void time(String what, java.util.function.Supplier<BuildReport> run) {
        long t = System.nanoTime();
        BuildReport r = run.get();
        System.out.printf("%s: %.1f s, %d documents (%d loaded, %d unchanged, %d failed), %d quads%n", what,
                (System.nanoTime() - t) / 1e9, r.documents(), r.count(Outcome.Status.LOADED),
                r.count(Outcome.Status.UNCHANGED), r.count(Outcome.Status.FAILED), r.quads());
    }
}
