package org.countygraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.countygraph.build.ReferenceGraphs;
import org.countygraph.store.GraphStore;
import org.countygraph.validate.GraphValidator;
import org.countygraph.validate.ValidationReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code validate}: check RDF files or a store against the SHACL shapes of {@code ontology/}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check graphs against the SHACL shapes (ontology/shapes.ttl on the union of all graphs with the "
                + "ontology, industries and divisions; ontology/article-shapes.ttl on each article graph). Prints one "
                + "line per finding and a summary. Exit code 0 when there is no violation (warnings allowed), 3 when "
                + "there is, 1 on error.")
final class ValidateCommand implements Callable<Integer> {
    /** The exit code for a graph with violations. */
    static final int VIOLATIONS = 3;

    static final class Source {
        @Option(names = "--data", arity = "1..*", paramLabel = "FILE", description = "RDF files (TriG, Turtle, N-Quads...).")
        List<Path> data;

        @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: data/tdb2).")
        Path store;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Source source;

    @Override
    public Integer call() {
        ValidationReport report;
        if (source != null && source.data != null) {
            DatasetGraph ds = DatasetGraphFactory.createTxnMem();
            for (Path p : source.data) RDFDataMgr.read(ds, p.toString());
            ReferenceGraphs.addTo(ds);
            report = GraphValidator.bundled().validate(ds);
        } else {
            Path dir = source != null && source.store != null ? source.store : Path.of("data/tdb2");
            try (GraphStore s = GraphStore.open(dir)) {
                report = GraphValidator.bundled().validate(s.dataset());
            }
        }
        report.print(System.out);
        System.out.flush();
        return report.conforms() ? 0 : VIOLATIONS;
    }
}
