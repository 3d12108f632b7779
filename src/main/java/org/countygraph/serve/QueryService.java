package org.countygraph.serve;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's SPARQL query operation with a cap on CONSTRUCT and DESCRIBE results. Fuseki builds those
 * results in memory before writing them, so a fast query could fill the heap within its time
 * budget; here the result is collected up to the cap and the request answered 400 with a message
 * beyond it, never cut short silently. SELECT and ASK stream as before; a {@code GROUP_CONCAT} over
 * its cap ({@link GroupConcatLimit}) is answered 400 too.
 */
final class QueryService extends SPARQL_QueryDataset {
    private final long maxTriples;

    QueryService(long maxTriples) { this.maxTriples = maxTriples; }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        try {
            if (query.isConstructType()) return new QueryExecResult(construct(exec, query));
            if (query.isDescribeType()) return new QueryExecResult(exec.describe(new CappedGraph(maxTriples, "DESCRIBE result")));
            return super.executeQuery(action, exec, query, queryStringLog);
        } catch (ResultTooLargeException e) {
            exec.abort();
            ServletOps.errorBadRequest(e.getMessage());
            return null;
        }
    }

    private DatasetGraph construct(QueryExec exec, Query query) {
        DatasetGraph out = DatasetGraphFactory.create();
        out.prefixes().putAll(query.getPrefixMapping());
        Iterator<Quad> it = exec.constructQuads();
        try {
            long n = 0;
            while (it.hasNext()) {
                Quad q = it.next();
                if (out.contains(q)) continue;
                if (++n > maxTriples) throw CappedGraph.tooLarge("CONSTRUCT result", maxTriples);
                out.add(q);
            }
        } finally {
            Iter.close(it);
        }
        return out;
    }
}
