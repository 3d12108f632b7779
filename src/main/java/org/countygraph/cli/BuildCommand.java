package org.countygraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.countygraph.build.BuildReport;
import org.countygraph.build.GraphBuild;
import org.countygraph.build.Outcome;
import org.countygraph.build.ReportWriter;
import org.countygraph.store.GraphStore;
import org.countygraph.validate.GraphValidator;
import org.countygraph.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code build}: make the store hold exactly the documents under the seeds folder, extracting only what changed. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Extract every document under --seeds (text, .html pages, .jsonl records; folders recursively) "
                + "that is new or changed, load them into the TDB2 store (each whole or not at all, several to a transaction), drop documents no "
                + "longer there, and write one TriG file per document and a merged graphs/countygraph.trig. "
                + "Exit code 2 when some inputs failed; the others are built.")
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--seeds", description = "Input folder or file (default: ${DEFAULT-VALUE}).", defaultValue = "seeds")
    Path seeds;

    @Option(names = "--store", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).", defaultValue = "data/tdb2")
    Path store;

    @Option(names = "--graphs", description = "Output folder for TriG files (default: ${DEFAULT-VALUE}).", defaultValue = "graphs")
    Path graphs;

    @Option(names = "--strict", description = "Fail (exit code 3) when the built store has SHACL violations; "
            + "without it they are reported and the build succeeds.")
    boolean strict;

    @Option(names = "--report", paramLabel = "FILE", description = "Write a per-input report: JSON if FILE ends in .json, else TSV.")
    Path report;

    @Option(names = "--full", description = "Extract every document again, changed or not.")
    boolean full;

    @Mixin
    LimitOptions limits;

    @Override
    public Integer call() {
        try (GraphStore s = GraphStore.open(store)) {
            BuildReport r = GraphBuild.create().extractor(Extractors.standard()).limits(limits.limits())
                    .store(s).graphs(graphs).full(full).log(System.err)
                    .progress(System.err, java.time.Duration.ofSeconds(10)).build().run(seeds);
            if (report != null) ReportWriter.write(r, report);
            System.out.printf("built %d documents (%d loaded, %d unchanged, %d duplicates, %d removed, %d failed), "
                            + "%d articles, %d quads into %s; graphs in %s%n",
                    r.documents(), r.count(Outcome.Status.LOADED), r.count(Outcome.Status.UNCHANGED),
                    r.count(Outcome.Status.DUPLICATE), r.count(Outcome.Status.REMOVED), r.count(Outcome.Status.FAILED),
                    r.articles(), r.quads(), store, graphs);
            ValidationReport v = GraphValidator.bundled().validate(s.dataset());
            if (!v.findings().isEmpty()) v.findings().forEach(f -> System.err.println(f.line()));
            System.out.println("validated: " + v.summary());
            if (!r.ok()) {
                System.err.println(r.count(Outcome.Status.FAILED) + " input(s) failed: see the FAILED lines above"
                        + (report != null ? " or " + report : ""));
                return 2;
            }
            return strict && !v.conforms() ? ValidateCommand.VIOLATIONS : 0;
        }
    }
}
