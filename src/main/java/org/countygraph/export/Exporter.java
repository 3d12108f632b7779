package org.countygraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.countygraph.vocab.CG;

/**
 * CountyGraph's exports: a selection of a dataset (a TDB2 store, or files read into memory)
 * written in one of the {@link ExportFormat}s, inside one read transaction, so that an export is
 * a consistent snapshot even while the store is being written.
 *
 * <ol>
 *   <li>resolve the {@link Selection} into a {@link Scope} (queries with bound values and a timeout);</li>
 *   <li>RDF formats: write the scope's triples or quads ({@link RdfExport});</li>
 *   <li>other formats: read the scope's entities and links as a {@link PropertyGraph} and write
 *       it as GraphML, GEXF, Neo4j CSV, DOT or SVG.</li>
 * </ol>
 *
 * Usage: {@code Exporter.create().dataset(dsg).build().export(Selection.ALL, ExportFormat.NQ, name -> out)}.
 */
public final class Exporter {
    private final DatasetGraph dsg;
    private final long timeoutMillis;
    private final long memoryLimit;

    private Exporter(DatasetGraph dsg, long timeoutMillis, long memoryLimit) {
        this.dsg = dsg;
        this.timeoutMillis = timeoutMillis;
        this.memoryLimit = memoryLimit;
    }

    public static Builder create() { return new Builder(); }

    /**
     * Exports a selection. Errors in the selection ({@link NoSuchNodeException}, a timeout, a
     * selection too large for an in-memory format) are thrown before the target is opened.
     */
    public ExportReport export(Selection selection, ExportFormat format, ExportTarget target) {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(target, "target");
        return Txn.calculateRead(dsg, () -> {
            try {
                return run(selection, format, target);
            } catch (IOException e) {
                throw new UncheckedIOException("export as " + format.id() + " failed: " + e.getMessage(), e);
            }
        });
    }

    private ExportReport run(Selection sel, ExportFormat format, ExportTarget target) throws IOException {
        ScopeResolver resolver = new ScopeResolver(dsg, timeoutMillis);
        String name = fileName(sel, format);
        if (format.kind() == ExportFormat.Kind.RDF) {
            RdfExport.Writing writing = new RdfExport(resolver.resolve(sel, true), memoryLimit).prepare(format);
            try (OutputStream out = target.open(name)) {
                long n = writing.writeTo(out);
                return new ExportReport(format, List.of(name), n, 0, 0);
            }
        }
        PropertyGraph g = new PropertyGraphReader(memoryLimit, format.id()).read(resolver.resolve(sel, false));
        List<String> files = List.of(name);
        switch (format) {
            case GRAPHML -> { try (OutputStream out = target.open(name)) { new GraphmlWriter().write(g, out); } }
            case GEXF -> { try (OutputStream out = target.open(name)) { new GexfWriter().write(g, out); } }
            case DOT -> { try (OutputStream out = target.open(name)) { new DotWriter().write(g, out); } }
            case SVG -> {
                String centre = sel.around().map(PropertyGraphReader::id).orElse(null);
                SvgWriter.checkSize(g);
                try (OutputStream out = target.open(name)) { new SvgWriter().write(g, centre, out); }
            }
            case CSV -> {
                new Neo4jCsvWriter().write(g, target);
                files = List.of(Neo4jCsvWriter.NODES, Neo4jCsvWriter.RELATIONSHIPS);
            }
            default -> throw new ExportException("not a graph format: " + format.id());
        }
        return new ExportReport(format, files, 0, g.vertices().size(), g.edges().size());
    }

    /**
     * The file name of an export, e.g. {@code countygraph.nq}, {@code countygraph-division-430223.svg}
     * (the selection's entity, area or graph, as its IRI's path under the instance namespace).
     * For {@code csv}, the name of the zip archive that holds the two files.
     */
    public static String fileName(Selection sel, ExportFormat format) {
        String iri = sel.around().or(sel::area).or(sel::graph).map(n -> n.getURI()).orElse(null);
        String base = "countygraph";
        if (iri != null) {
            String tail = iri.startsWith(CG.ID) ? iri.substring(CG.ID.length()) : EntityClasses.localName(
                    org.apache.jena.graph.NodeFactory.createURI(iri));
            String clean = tail.replaceAll("[/#]+", "-").replaceAll("[^\\p{L}\\p{N}_.-]", "").replaceAll("^[-.]+|[-.]+$", "");
            if (!clean.isEmpty()) base += "-" + clean;
        }
        return base + "." + format.extension();
    }

    /** Builds an {@link Exporter}, checking each setting as it is given. */
    public static final class Builder {
        private DatasetGraph dsg;
        private long timeoutMillis = 30_000;
        private long memoryLimit = 1_000_000;

        /** The dataset to export (a TDB2 store, or an in-memory dataset). Required. */
        public Builder dataset(DatasetGraph dsg) { this.dsg = Objects.requireNonNull(dsg, "dataset"); return this; }

        /** The timeout of each query that resolves a selection, in milliseconds. Defaults to 30000. */
        public Builder timeoutMillis(long ms) {
            if (ms <= 0) throw new ExportException("timeout must be positive: " + ms);
            this.timeoutMillis = ms;
            return this;
        }

        /**
         * The most statements a format built in memory (pretty Turtle and TriG, JSON-LD, RDF/XML,
         * the property graph of GraphML, GEXF, CSV, DOT, SVG) may read. Past it, Turtle and TriG are
         * streamed instead and the others are refused. Defaults to 1000000.
         */
        public Builder memoryLimit(long statements) {
            if (statements <= 0) throw new ExportException("memory limit must be positive: " + statements);
            this.memoryLimit = statements;
            return this;
        }

        public Exporter build() {
            if (dsg == null) throw new ExportException("Exporter needs a dataset");
            return new Exporter(dsg, timeoutMillis, memoryLimit);
        }
    }
}
