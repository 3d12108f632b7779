package org.countygraph.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.countygraph.build.CodeFingerprint;
import org.countygraph.extract.hanlp.StandardExtractor;
import org.countygraph.ingest.InputLimits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark application that extracts a corpus: input files (folders, globs, JSON Lines; any
 * Hadoop file system) to N-Quads partitions in {@code <output>/quads/} and one report row per
 * document in {@code <output>/report/}, ready for {@code countygraph load <output>/quads}.
 *
 * <p>Stages: list and read the files ({@link ReadingStage}, one task a file); spread the documents
 * over {@code --partitions} (so one big JSON Lines file does not become one long task); extract
 * each ({@link ExtractionStage}); write the quads and the report from the cached results.
 */
@Command(name = "countygraph-spark", mixinStandardHelpOptions = true,
        description = "Extract news files to N-Quads partitions and a per-document report with Apache Spark.")
public final class ExtractJob implements Callable<Integer> {
    @Option(names = "--input", required = true, split = ",", paramLabel = "PATH",
            description = "Input files, folders (read recursively) or globs, on any Hadoop file system; comma-separated or repeated.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder; must not exist.")
    String output;

    @Option(names = "--partitions", defaultValue = "0",
            description = "Extraction partitions (default: 4 x the default parallelism).")
    int partitions;

    @Option(names = "--master", description = "Spark master when not run by spark-submit, e.g. local[2].")
    String master;

    @Option(names = "--fingerprint", description = "Extractor fingerprint to record with each document (default: of the job's jar).")
    String fingerprint;

    @Option(names = "--gzip", description = "Write the quads as gzip partitions (part-*.gz; load reads them as they are).")
    boolean gzip;

    @Option(names = "--max-file-size", defaultValue = "33554432", description = "Largest input file in bytes (default: ${DEFAULT-VALUE}).")
    long maxFileBytes;

    @Option(names = "--max-article-chars", defaultValue = "200000", description = "Longest document text (default: ${DEFAULT-VALUE}).")
    int maxArticleChars;

    /** Runs the job from the command line; the exit code is 0, or 1 when the job could not run. */
    public static void main(String[] args) {
        int code = new CommandLine(new ExtractJob()).execute(args);
        if (code != 0) System.exit(code);
    }

    @Override
    public Integer call() {
        SparkConf conf = new SparkConf().setAppName("countygraph-extract");
        if (master != null) conf.setMaster(master);
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            long start = System.nanoTime();
            JobSummary s = run(sc, inputs, output, partitions, new InputLimits(maxFileBytes, maxArticleChars),
                    fingerprint != null ? fingerprint : CodeFingerprint.of(StandardExtractor.class), gzip);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s; job %.1f s (%,.0f chars/s) on %d cores; output in %s%n", s, seconds, s.chars() / seconds,
                    sc.defaultParallelism(), output);
        }
        return 0;
    }

    /** Runs the job on a context: reads {@code inputs}, writes {@code output}/quads (gzip partitions when {@code gzip}) and {@code output}/report. */
    public static JobSummary run(JavaSparkContext sc, List<String> inputs, String output, int partitions, InputLimits limits,
                                 String fingerprint, boolean gzip) {
        if (inputs.isEmpty()) throw new IllegalArgumentException("no --input given");
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        int n = partitions > 0 ? partitions : 4 * sc.defaultParallelism();
        JavaRDD<Piece> pieces = sc.binaryFiles(String.join(",", inputs), sc.defaultParallelism()).flatMap(new ReadingStage(limits));
        JavaRDD<Extracted> results = pieces.repartition(n).map(new ExtractionStage(fingerprint))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            JavaRDD<String> quads = results.filter(Extracted::ok).map(Extracted::nquads);
            if (gzip) quads.saveAsTextFile(output + "/quads", GzipCodec.class);
            else quads.saveAsTextFile(output + "/quads");
            results.map(Extracted::reportRow).saveAsTextFile(output + "/report");
            writeHeader(sc, output + "/report/_header.tsv");
            return results.map(JobSummary::of).fold(JobSummary.ZERO, JobSummary::plus);
        } finally {
            results.unpersist();
        }
    }

    private static void writeHeader(JavaSparkContext sc, String file) {
        Path p = new Path(file);
        try (OutputStream out = p.getFileSystem(sc.hadoopConfiguration()).create(p, false)) {
            out.write((Extracted.REPORT_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report header " + file, e);
        }
    }
}
