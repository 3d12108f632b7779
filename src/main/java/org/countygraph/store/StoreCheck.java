package org.countygraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.countygraph.rdf.ArticleGraphWriter;

/**
 * A full check of a TDB2 store after a bulk load: every quad and triple index is scanned and must
 * hold the same number of rows, and every quad is read back through the node table.
 */
public final class StoreCheck {
    private StoreCheck() {}

    /** What the scan found: quads read back, and the rows of the quad and triple indexes (equal in a sound store). */
    public record Counts(long quads, long triples, long quadIndexRows, long tripleIndexRows) {}

    /** Scans every index of {@code dsg}; fails when two indexes of a table disagree. */
    public static Counts scan(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
            long quadRows = agreeing(tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes(), "quad");
            long tripleRows = agreeing(tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes(), "triple");
            long[] quads = {0};
            long[] triples = {0};
            dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> quads[0]++);
            tdb.getTripleTable().find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> triples[0]++);
            return new Counts(quads[0], triples[0], quadRows, tripleRows);
        });
    }

    private static long agreeing(TupleIndex[] indexes, String table) {
        long first = -1;
        String firstName = null;
        for (TupleIndex ix : indexes) {
            long n = ix.size();
            if (first < 0) {
                first = n;
                firstName = ix.getName();
            } else if (n != first) {
                throw new StoreException("the " + table + " index " + ix.getName() + " holds " + n + " rows but "
                        + firstName + " holds " + first);
            }
        }
        return Math.max(first, 0);
    }

    /**
     * Fails unless the store holds exactly the quads and default-graph triples a load parsed. The
     * names graph is the one place where documents repeat each other's quads (an entity's names, once
     * per document naming it): there the store must hold at least one and at most all of them.
     */
    public static Counts verify(DatasetGraph dsg, BulkLoad.Loaded loaded) {
        Counts c = scan(dsg);
        long names = Txn.calculateRead(dsg, () -> org.apache.jena.atlas.iterator.Iter.count(
                dsg.find(ArticleGraphWriter.NAMES, Node.ANY, Node.ANY, Node.ANY)));
        long expected = loaded.quads() - loaded.nameQuads() + names;
        if (names > loaded.nameQuads() || (names == 0) != (loaded.nameQuads() == 0)
                || c.quads() != expected || c.quadIndexRows() != expected) {
            throw new StoreException("the new store holds " + c.quads() + " quads (index rows " + c.quadIndexRows()
                    + ", " + names + " in the names graph) but the input has " + loaded.quads() + " (" + loaded.nameQuads()
                    + " in the names graph): duplicate quads in the input (a document id twice?) or a lost write");
        }
        if (c.triples() != loaded.triples() || c.tripleIndexRows() != loaded.triples()) {
            throw new StoreException("the new store holds " + c.triples() + " default-graph triples but the input has "
                    + loaded.triples());
        }
        return c;
    }
}
