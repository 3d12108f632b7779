package org.countygraph.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.junit.jupiter.api.Test;

/** SELECT and ASK results kept per data version: found at that version only, small ones only, never for volatile queries. */
class QueryResultCacheTest {
    private static final Node G = NodeFactory.createURI("urn:g");
    private static final Node P = NodeFactory.createURI("urn:p");
    private final DatasetGraph data = DatasetGraphFactory.createTxnMem();
    private final QueryResultCache cache = new QueryResultCache();

    private void add(int i) {
        data.add(G, NodeFactory.createURI("urn:s" + i), P, NodeFactory.createLiteralString("v" + i));
    }

    private List<Binding> rows(Query q, long version) {
        try (QueryExec exec = QueryExec.dataset(data).query(q).build()) {
            QueryExecResult r = cache.answer(q, version, exec);
            List<Binding> out = new ArrayList<>();
            r.rowSet().forEachRemaining(out::add);
            return out;
        }
    }

    private boolean ask(Query q, long version) {
        try (QueryExec exec = QueryExec.dataset(data).query(q).build()) {
            return cache.answer(q, version, exec).booleanResult();
        }
    }

    @Test
    void aResultIsKeptForItsVersionOnly() {
        Query q = QueryFactory.create("SELECT ?s { GRAPH ?g { ?s ?p ?o } }");
        add(1);
        assertEquals(1, rows(q, 1).size());
        add(2);
        assertEquals(1, rows(q, 1).size(), "kept at version 1");
        assertEquals(1, cache.hits());
        assertEquals(2, rows(q, 2).size(), "a new version runs the query again");
    }

    @Test
    void askAnswersAreKeptToo() {
        Query q = QueryFactory.create("ASK { GRAPH ?g { ?s ?p \"v1\" } }");
        assertFalse(ask(q, 1));
        add(1);
        assertFalse(ask(q, 1));
        assertTrue(ask(q, 2));
    }

    @Test
    void aLargeResultStreamsWholeAndIsNotKept() {
        for (int i = 0; i <= QueryResultCache.MAX_ROWS; i++) add(i);
        Query q = QueryFactory.create("SELECT ?s { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(QueryResultCache.MAX_ROWS + 1, rows(q, 1).size());
        assertEquals(QueryResultCache.MAX_ROWS + 1, rows(q, 1).size());
        assertEquals(0, cache.hits());
    }

    @Test
    void queriesWithVolatileFunctionsOrThatBuildGraphsAreNotKept() {
        assertFalse(QueryResultCache.keeps(QueryFactory.create("SELECT (RAND() AS ?r) {}")));
        assertFalse(QueryResultCache.keeps(QueryFactory.create("SELECT (now() AS ?r) {}")));
        assertFalse(QueryResultCache.keeps(QueryFactory.create("SELECT (STRUUID() AS ?r) {}")));
        assertFalse(QueryResultCache.keeps(QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")));
        assertTrue(QueryResultCache.keeps(QueryFactory.create("SELECT ?operand { ?s <urn:random> ?operand }")));
    }
}
