package org.countygraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.countygraph.build.ReferenceGraphs;
import org.countygraph.store.BulkLoad;
import org.countygraph.store.GraphStore;
import org.countygraph.store.StoreCheck;
import org.countygraph.store.StoreException;
import org.countygraph.store.StoreGenerations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code load}: bulk-load N-Quads partitions into a new TDB2 store, check it, then swap it in for the store path. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load N-Quads partitions (the Spark job's quads/ folder: part-* files, or .nq/.nq.gz files) into a "
                + "fresh TDB2 store with Jena's parallel loader, add the reference graphs, verify it (every index scanned, "
                + "quad counts equal to the input's), then point the store path at it in one rename. Until then the "
                + "old store is untouched and keeps serving; a server started afterwards opens the new one. Then the "
                + "stores older than the last --keep are deleted, unless a process has them open. A failed load deletes "
                + "its new store and exits 1.")
final class LoadCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders of N-Quads partitions, or N-Quads files.")
    List<Path> inputs;

    @Option(names = "--store", description = "The store path to swap: a link into <store>.generations/ (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/tdb2")
    Path store;

    @Option(names = "--keep-failed", description = "Keep the new store's folder when the load or the check fails, for inspection.")
    boolean keepFailed;

    @Option(names = "--keep", paramLabel = "N", defaultValue = "1",
            description = "Previous stores to keep after the swap, newest first, to go back to (default: ${DEFAULT-VALUE}); older ones "
                    + "are deleted unless a process (a server started before the swap) has them open.")
    int keep;

    @Override
    public Integer call() {
        if (keep < 0) throw new StoreException("--keep must be 0 or more: " + keep);
        List<Path> files = BulkLoad.files(inputs);
        if (files.isEmpty()) throw new StoreException("no N-Quads partitions (part-*, *.nq, *.nq.gz) in " + inputs);
        StoreGenerations gens = StoreGenerations.of(store);
        Path gen = gens.create();
        long start = System.nanoTime();
        StoreCheck.Counts counts;
        BulkLoad.Loaded loaded;
        try (GraphStore s = GraphStore.open(gen)) {
            loaded = BulkLoad.into(s.dataset(), files, (fmt, args) -> System.err.println(String.format(fmt, args)));
            StoreCheck.verify(s.dataset(), loaded);
            int refs = ReferenceGraphs.loadInto(s);
            counts = StoreCheck.scan(s.dataset());
            System.err.printf("loaded %d files: %,d quads; added %d reference graphs; checked %,d quads in every index%n",
                    loaded.files(), loaded.quads(), refs, counts.quads());
        } catch (RuntimeException e) {
            if (!keepFailed) gens.discard(gen);
            throw e;
        }
        Optional<Path> before = gens.swapTo(gen);
        System.out.printf("%s now points at %s (%,d quads, %.1f s)%n", store, gen, counts.quads(), (System.nanoTime() - start) / 1e9);
        before.ifPresent(b -> System.out.printf("the previous store is %s: a server that had it open keeps serving it until "
                + "restarted%n", b));
        StoreGenerations.Pruned pruned = gens.prune(keep);
        for (Path p : pruned.deleted()) System.out.printf("deleted the older store %s%n", p);
        for (Path p : pruned.inUse()) System.out.printf("kept the older store %s: a process has it open (a load deletes it once none does)%n", p);
        return 0;
    }
}
