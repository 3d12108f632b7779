package org.countygraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.countygraph.build.BuildReport;
import org.countygraph.build.GraphBuild;
import org.countygraph.build.Outcome;
import org.countygraph.extract.Extractor;
import org.countygraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code remove}: drop documents and their article graphs from the store. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Drop documents by id with their article graphs, each in one transaction. Entities that no "
                + "other document mentions disappear with them. Exit code 2 when an id is not in the store.")
final class RemoveCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DOC-ID", description = "Document ids (a file's name without extension).")
    List<String> ids;

    @Option(names = "--store", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).", defaultValue = "data/tdb2")
    Path store;

    /** Removing extracts nothing: no need to load the segmenter's dictionaries. */
    private static final Extractor NO_EXTRACTION = d -> {
        throw new IllegalStateException("remove does not extract " + d.name());
    };

    @Override
    public Integer call() {
        try (GraphStore s = GraphStore.open(store)) {
            BuildReport r = GraphBuild.create().extractor(NO_EXTRACTION).fingerprint("none").store(s).log(System.err).build().remove(ids);
            System.out.printf("removed %d documents from %s%n", r.count(Outcome.Status.REMOVED), store);
            return r.ok() ? 0 : 2;
        }
    }
}
