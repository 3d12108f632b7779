package org.countygraph.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.countygraph.vocab.Vocab;

/**
 * The served dataset as the pages read it: the union of its named graphs, inside a read transaction,
 * within a time budget per request, each lookup yielding at most {@value #MAX_PER_LOOKUP} triples
 * (see {@link BoundedGraph}).
 *
 * <p>Queries are fixed templates parsed once ({@link #template}); values from a request reach them
 * only through {@link #select}'s bindings, which replace variables in the parsed query. No query
 * text is ever built from request data. A request over its budget fails with
 * {@link org.apache.jena.query.QueryCancelledException}.
 */
public final class StoreView {
    /** The most triples one lookup of a page reads; a page that needs more says it is incomplete. */
    public static final int MAX_PER_LOOKUP = 2_000;
    private static final Duration DEFAULT_BUDGET = Duration.ofSeconds(10);
    private final DatasetGraph dsg;
    private final Duration budget;

    /** A view with a 10 s budget per request. */
    public StoreView(DatasetGraph dsg) { this(dsg, DEFAULT_BUDGET); }

    /** A view with {@code budget} per request. */
    public StoreView(DatasetGraph dsg, Duration budget) {
        this.dsg = dsg;
        this.budget = budget;
    }

    /** Parses a query template with the project's prefixes predeclared. */
    public static Query template(String sparql) {
        StringBuilder sb = new StringBuilder();
        Vocab.prefixMapping().getNsPrefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        sb.append("PREFIX fn: <http://www.w3.org/2005/xpath-functions#>\n");
        return QueryFactory.create(sb + sparql);
    }

    /** Runs {@code f} on the union graph inside a read transaction, within the budget. */
    public <T> T read(Function<Graph, T> f) {
        long deadline = System.nanoTime() + budget.toNanos();
        return Txn.calculateRead(dsg, () -> f.apply(new BoundedGraph(dsg.getUnionGraph(), MAX_PER_LOOKUP, deadline)));
    }

    /**
     * The store's data version, which every committed write advances, or -1 when the store does not
     * say (it is not TDB2).
     */
    public long version() {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        if (tdb == null) return -1;
        return Txn.calculateRead(dsg, () -> tdb.getTxnSystem().getThreadTransaction().getDataVersion());
    }

    /** True when {@code g}, from {@link #read}, had a lookup with more triples than it yielded. */
    public static boolean truncated(Graph g) {
        return g instanceof BoundedGraph b && b.truncated();
    }

    /**
     * Runs a SELECT template over {@code g} (from {@link #read}) with variables bound to values, within
     * what is left of the request's budget. Its rows are whole: a template sets its own LIMIT.
     *
     * @param limit  the most rows, or a negative number for the template's own
     * @param offset rows to skip, 0 for none
     */
    public static List<Binding> select(Graph g, Query template, Map<String, Node> bindings, long limit, long offset) {
        Query q = template;
        if (limit >= 0 || offset > 0) {
            q = template.cloneQuery();
            if (limit >= 0) q.setLimit(limit);
            if (offset > 0) q.setOffset(offset);
        }
        Graph base = g instanceof BoundedGraph bounded ? bounded.get() : g;
        long timeout = g instanceof BoundedGraph bounded ? bounded.remainingMillis() : DEFAULT_BUDGET.toMillis();
        QueryExecBuilder b = QueryExec.graph(base).query(q).timeout(timeout, TimeUnit.MILLISECONDS);
        bindings.forEach(b::substitution);
        List<Binding> rows = new ArrayList<>();
        try (QueryExec qe = b.build()) {
            qe.select().forEachRemaining(rows::add);
        }
        return rows;
    }

    /** {@link #select} with the template's own limit and offset. */
    public static List<Binding> select(Graph g, Query template, Map<String, Node> bindings) {
        return select(g, template, bindings, -1, 0);
    }
}
