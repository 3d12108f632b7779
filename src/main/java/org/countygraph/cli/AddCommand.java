package org.countygraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.countygraph.build.BuildReport;
import org.countygraph.build.GraphBuild;
import org.countygraph.build.Outcome;
import org.countygraph.build.ReportWriter;
import org.countygraph.ingest.InputFormat;
import org.countygraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code add}: add or replace documents in the store, each whole or not at all. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add documents to the TDB2 store, or replace those with the same id (the file name without "
                + "extension), each whole or not at all: a document that fails leaves the store as it was. "
                + "'-' reads standard input. Exit code 2 when some inputs failed.")
final class AddCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders; '-' for standard input.")
    List<String> files;

    @Option(names = "--store", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).", defaultValue = "data/tdb2")
    Path store;

    @Option(names = "--id", description = "Document id for standard input (default: ${DEFAULT-VALUE}).", defaultValue = "stdin")
    String id;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Format of standard input: auto, text, html or jsonl (default: ${DEFAULT-VALUE}).", defaultValue = "auto")
    String inputFormat;

    @Option(names = "--report", paramLabel = "FILE", description = "Write a per-input report: JSON if FILE ends in .json, else TSV.")
    Path report;

    @Mixin
    LimitOptions limits;

    @Override
    public Integer call() {
        InputFormat format = InputFormat.parse(inputFormat);
        try (GraphStore s = GraphStore.open(store)) {
            GraphBuild build = GraphBuild.create().extractor(Extractors.standard()).limits(limits.limits())
                    .store(s).log(System.err).build();
            List<Outcome> outcomes = new ArrayList<>();
            List<Path> paths = new ArrayList<>();
            for (String f : files) {
                if (f.equals("-")) outcomes.addAll(build.add(System.in, "-", id, format).outcomes());
                else paths.add(Path.of(f));
            }
            if (!paths.isEmpty()) outcomes.addAll(build.add(paths).outcomes());
            BuildReport r = new BuildReport(outcomes);
            if (report != null) ReportWriter.write(r, report);
            System.out.printf("added %d documents (%d loaded, %d unchanged, %d duplicates, %d failed) to %s%n",
                    r.documents(), r.count(Outcome.Status.LOADED), r.count(Outcome.Status.UNCHANGED),
                    r.count(Outcome.Status.DUPLICATE), r.count(Outcome.Status.FAILED), store);
            return r.ok() ? 0 : 2;
        }
    }
}
