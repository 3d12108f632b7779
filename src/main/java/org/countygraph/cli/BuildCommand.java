package org.countygraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.countygraph.build.GraphBuild;
import org.countygraph.store.GraphStore;
import org.countygraph.validate.GraphValidator;
import org.countygraph.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code build}: extract every document under the seeds folder, write graphs/, load the store. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Extract every document under --seeds, write one TriG file per document and a merged "
                + "graphs/countygraph.trig, and load them into the TDB2 store.")
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

    @Override
    public Integer call() {
        try (GraphStore s = GraphStore.open(store)) {
            GraphBuild.Report r = new GraphBuild(Extractors.standard(), System.err).run(seeds, graphs, s);
            System.out.printf("built %d documents, %d articles, %d quads into %s; graphs in %s%n",
                    r.documents(), r.articles(), r.quads(), store, graphs);
            ValidationReport v = GraphValidator.bundled().validate(s.dataset());
            if (!v.findings().isEmpty()) v.findings().forEach(f -> System.err.println(f.line()));
            System.out.println("validated: " + v.summary());
            if (!r.ok()) {
                System.err.println(r.failures().size() + " file(s) failed:");
                r.failures().forEach(f -> System.err.println("  " + f));
                return 2;
            }
            return strict && !v.conforms() ? ValidateCommand.VIOLATIONS : 0;
        }
    }
}
