package org.countygraph.export;

import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.countygraph.vocab.Vocab;

/**
 * Writes a {@link Scope} in an RDF format with Jena's writers. Requires a read transaction.
 *
 * <ul>
 *   <li>{@code nt}, {@code nq}: streamed from the dataset, memory does not grow with the data;</li>
 *   <li>{@code ttl}, {@code trig}: pretty-printed when the selection has at most {@code limit}
 *       statements, else streamed in Jena's "blocks" layout (grouped by subject, still valid);</li>
 *   <li>{@code jsonld}, {@code rdfxml}: built in memory, so refused above {@code limit} statements.</li>
 * </ul>
 *
 * Triple formats ({@code ttl}, {@code nt}, {@code rdfxml}) hold the union of the selected graphs
 * (each triple once); quad formats keep the graphs.
 */
final class RdfExport {
    private final Scope scope;
    private final long limit;

    RdfExport(Scope scope, long limit) {
        this.scope = scope;
        this.limit = limit;
    }

    /** An export ready to write: what is built in memory has been built. */
    @FunctionalInterface
    interface Writing {
        /** Writes the export and returns the number of triples or quads written. */
        long writeTo(OutputStream out);
    }

    /**
     * Prepares the export of the scope: formats written from memory read the selection now, so
     * that a selection too large is refused before anything is written.
     */
    Writing prepare(ExportFormat format) {
        return switch (format) {
            case NT -> out -> streamTriples(out, RDFFormat.NTRIPLES);
            case NQ -> out -> streamQuads(out, RDFFormat.NQUADS);
            case TTL -> {
                Graph g = triplesInMemory();
                if (g == null) yield out -> streamTriples(out, RDFFormat.TURTLE_BLOCKS);
                yield out -> write(out, g, RDFFormat.TURTLE_PRETTY);
            }
            case TRIG -> {
                DatasetGraph ds = quadsInMemory();
                if (ds == null) yield out -> streamQuads(out, RDFFormat.TRIG_BLOCKS);
                yield out -> write(out, ds, RDFFormat.TRIG_PRETTY);
            }
            case JSONLD -> {
                DatasetGraph ds = required(quadsInMemory(), format);
                yield out -> write(out, ds, RDFFormat.JSONLD11);
            }
            case RDFXML -> {
                Graph g = required(triplesInMemory(), format);
                yield out -> write(out, g, RDFFormat.RDFXML_PLAIN);
            }
            default -> throw new ExportException("not an RDF format: " + format.id());
        };
    }

    private static long write(OutputStream out, Graph g, RDFFormat format) {
        RDFDataMgr.write(out, g, format);
        return g.size();
    }

    private static long write(OutputStream out, DatasetGraph ds, RDFFormat format) {
        RDFDataMgr.write(out, ds, format);
        return count(ds);
    }

    private <T> T required(T inMemory, ExportFormat format) {
        if (inMemory == null) {
            throw new ExportException("the selection holds more than " + limit + " statements, and " + format.id()
                    + " is written from memory: narrow it (graph, type, area, around) or export nt or nq");
        }
        return inMemory;
    }

    private long streamTriples(OutputStream out, RDFFormat format) {
        StreamRDF s = start(out, format);
        long n = 0;
        for (Iterator<Triple> it = scope.triples(); it.hasNext(); n++) s.triple(it.next());
        s.finish();
        return n;
    }

    private long streamQuads(OutputStream out, RDFFormat format) {
        StreamRDF s = start(out, format);
        long n = 0;
        for (Iterator<Quad> it = scope.quads(); it.hasNext(); n++) s.quad(it.next());
        s.finish();
        return n;
    }

    private static StreamRDF start(OutputStream out, RDFFormat format) {
        StreamRDF s = StreamRDFWriter.getWriterStream(out, format, null);
        s.start();
        Vocab.prefixMapping().getNsPrefixMap().forEach(s::prefix);
        return s;
    }

    /** The selected triples in memory, or null when there are more than {@code limit}. */
    private Graph triplesInMemory() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Vocab.prefixMapping());
        long n = 0;
        for (Iterator<Triple> it = scope.triples(); it.hasNext(); ) {
            if (++n > limit) return null;
            g.add(it.next());
        }
        return g;
    }

    /** The selected quads in memory, or null when there are more than {@code limit}. */
    private DatasetGraph quadsInMemory() {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        ds.prefixes().putAll(Vocab.prefixMapping());
        long n = 0;
        for (Iterator<Quad> it = scope.quads(); it.hasNext(); ) {
            if (++n > limit) return null;
            ds.add(it.next());
        }
        return ds;
    }

    private static long count(DatasetGraph ds) {
        long n = 0;
        for (Iterator<Quad> it = ds.find(); it.hasNext(); it.next()) n++;
        return n;
    }
}
