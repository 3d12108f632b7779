package org.countygraph.serve;

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
import org.countygraph.vocab.Vocab;

/**
 * The served dataset as the pages read it: the union of its named graphs, inside a read transaction.
 *
 * <p>Queries are fixed templates parsed once ({@link #template}); values from a request reach them
 * only through {@link #select}'s bindings, which replace variables in the parsed query. No query
 * text is ever built from request data.
 */
public final class StoreView {
    private static final long TIMEOUT_SECONDS = 10;
    private final DatasetGraph dsg;

    public StoreView(DatasetGraph dsg) { this.dsg = dsg; }

    /** Parses a query template with the project's prefixes predeclared. */
    public static Query template(String sparql) {
        StringBuilder sb = new StringBuilder();
        Vocab.prefixMapping().getNsPrefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        sb.append("PREFIX fn: <http://www.w3.org/2005/xpath-functions#>\n");
        return QueryFactory.create(sb + sparql);
    }

    /** Runs {@code f} on the union graph inside a read transaction. */
    public <T> T read(Function<Graph, T> f) {
        return Txn.calculateRead(dsg, () -> f.apply(dsg.getUnionGraph()));
    }

    /**
     * Runs a SELECT template over {@code g} (from {@link #read}) with variables bound to values.
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
        QueryExecBuilder b = QueryExec.graph(g).query(q).timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS);
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
