package org.countygraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.countygraph.store.GraphStore;

/**
 * The load test's store: the seed's committed graph ({@code graphs/countygraph.trig}) copied
 * under distinct document ids until it holds a set number of quads. Each copy has its own
 * articles, sentences, mentions and statements, and shares the seed's people, divisions,
 * enterprises, industries and initiatives, which thus become hubs linked from every copy, as a
 * county is from every article about it. Built once with TDB2's basic loader and kept (a marker
 * file records the size) so that later runs start at once.
 */
final class LoadStore {
    static final String DOC = "000_48f2b71468c19a9e";

    /** The store and the IRIs the workload picks from. */
    record Built(Path dir, long quads, List<String> entities, List<String> articles, int copies) {}

    private LoadStore() {}

    static Built build(Path dir, long minQuads) {
        List<Quad> seed = new ArrayList<>();
        RDFDataMgr.loadDatasetGraph(BrowseFixture.SEED_GRAPH.toString()).find().forEachRemaining(seed::add);
        int copies = (int) ((minQuads + seed.size() - 1) / seed.size());
        Set<String> entities = new LinkedHashSet<>();
        Set<String> articleIris = new LinkedHashSet<>();
        for (Quad q : seed) {
            for (Node n : List.of(q.getSubject(), q.getObject())) {
                if (n.isURI() && n.getURI().startsWith(BrowseFixture.BASE) && !n.getURI().contains(DOC)) entities.add(n.getURI());
            }
            if (q.getGraph().getURI().contains(DOC)) articleIris.add(q.getGraph().getURI());
        }
        List<String> articles = new ArrayList<>();
        for (int k = 0; k < copies; k++) for (String a : articleIris) articles.add(a.replace(DOC, DOC + "-" + k));
        Path marker = dir.resolve("load-store.txt");
        String expected = copies + " copies of " + seed.size() + " quads";
        try {
            if (!Files.exists(marker) || !Files.readString(marker).equals(expected)) {
                load(dir.resolve("tdb2"), seed, copies);
                Files.writeString(marker, expected);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Built(dir.resolve("tdb2"), (long) copies * seed.size(), List.copyOf(entities), articles, copies);
    }

    private static void load(Path tdb, List<Quad> seed, int copies) throws IOException {
        if (Files.exists(tdb)) {
            try (var files = Files.walk(tdb)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (GraphStore store = GraphStore.open(tdb)) {
            DataLoader loader = LoaderFactory.basicLoader(store.dataset(), null);
            loader.startBulk();
            try {
                for (int k = 0; k < copies; k++) {
                    String doc = DOC + "-" + k;
                    for (Quad q : seed) loader.stream().quad(Quad.create(copy(q.getGraph(), doc), copy(q.getSubject(), doc), q.getPredicate(), copy(q.getObject(), doc)));
                }
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
        }
    }

    private static Node copy(Node n, String doc) {
        return n.isURI() && n.getURI().contains(DOC) ? NodeFactory.createURI(n.getURI().replace(DOC, doc)) : n;
    }

    /** Quads in the store, counted directly (the store must not be open elsewhere). */
    static long count(Path tdb) {
        try (GraphStore store = GraphStore.open(tdb)) {
            DatasetGraph dsg = store.dataset();
            return Txn.calculateRead(dsg, () -> dsg.stream().count());
        }
    }
}
