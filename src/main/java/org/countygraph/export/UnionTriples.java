package org.countygraph.export;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The triples of all the graphs of a dataset, each once, for the triple formats.
 *
 * <p>Jena's union graph removes the copies of a triple stated in several graphs with a set of
 * the triples seen, so its memory grows with the data (the export benchmark ran out of a 256 MB
 * heap at 3 million quads). A TDB2 store keeps its quads in an SPOG index too, where the copies
 * are neighbours: read from there, dropping a triple equal to the one before, the union streams.
 * Other datasets (files read into memory) use Jena's union graph.
 */
final class UnionTriples {
    private UnionTriples() {}

    /** The union's triples; requires a read transaction. */
    static Iterator<Triple> find(DatasetGraph dsg) {
        if (TDBInternal.isTDB2(dsg) && dsg.getDefaultGraph().isEmpty()) {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
            for (TupleIndex index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                if (index.getName().equals("SPOG")) {
                    return new Distinct(index.all(), tdb.getQuadTable().getNodeTupleTable().getNodeTable());
                }
            }
        }
        return Scope.view(dsg, null).find();
    }

    /** Quads in SPOG order (tuples in GSPO order) as triples, adjacent copies dropped. */
    private static final class Distinct implements Iterator<Triple> {
        private final Iterator<Tuple<NodeId>> quads;
        private final NodeTable nodes;
        private Tuple<NodeId> last;
        private Tuple<NodeId> next;

        Distinct(Iterator<Tuple<NodeId>> quads, NodeTable nodes) {
            this.quads = quads;
            this.nodes = nodes;
        }

        @Override
        public boolean hasNext() {
            while (next == null && quads.hasNext()) {
                Tuple<NodeId> q = quads.next();
                if (last == null || !sameTriple(q, last)) next = q;
            }
            return next != null;
        }

        @Override
        public Triple next() {
            if (!hasNext()) throw new NoSuchElementException();
            last = next;
            next = null;
            return Triple.create(nodes.getNodeForNodeId(last.get(1)), nodes.getNodeForNodeId(last.get(2)),
                    nodes.getNodeForNodeId(last.get(3)));
        }

        private static boolean sameTriple(Tuple<NodeId> a, Tuple<NodeId> b) {
            return a.get(1).equals(b.get(1)) && a.get(2).equals(b.get(2)) && a.get(3).equals(b.get(3));
        }
    }
}
