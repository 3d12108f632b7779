package org.countygraph.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.countygraph.export.ExportFormat;
import org.countygraph.export.ExportReport;
import org.countygraph.export.ExportTarget;
import org.countygraph.export.Exporter;
import org.countygraph.export.Selection;
import org.countygraph.store.GraphStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export}: write the store, or RDF files, in a format for another tool. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the graph (or a part of it) as RDF (ttl, nt, nq, trig, jsonld, rdfxml), as a property graph "
                + "(graphml, gexf, csv for neo4j-admin database import) or as a picture (dot, svg). Filters combine.")
final class ExportCommand implements Callable<Integer> {
    static final class Source {
        @Option(names = "--data", arity = "1..*", paramLabel = "FILE", description = "RDF files (TriG, Turtle, N-Quads...) instead of the store.")
        List<Path> data;

        @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: data/tdb2).")
        Path store;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Source source;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "ttl, nt, nq, trig, jsonld, rdfxml, graphml, gexf, csv, dot or svg.")
    String format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph (one article).")
    String graph;

    @Option(names = "--type", paramLabel = "CLASS", description = "Only entities of this class, e.g. cg:County (repeatable: any of them).")
    List<String> types;

    @Option(names = "--area", paramLabel = "IRI", description = "Only what lies in this place, e.g. id:division/430223 (攸县).")
    String area;

    @Option(names = "--around", paramLabel = "IRI", description = "Only the neighbourhood of this entity.")
    String around;

    @Option(names = "--depth", paramLabel = "N", description = "Links from --around to include, 1 to 4 (default: 1).")
    Integer depth;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = "Output file, or folder (csv needs a folder). Default: standard output.")
    Path output;

    @Option(names = "--memory-limit", paramLabel = "N", defaultValue = "1000000",
            description = "Most statements read into memory by the formats built in memory (default: ${DEFAULT-VALUE}).")
    long memoryLimit;

    @Override
    public Integer call() throws IOException {
        ExportFormat f = ExportFormat.of(format);
        Selection sel = selection();
        if (f.isMultiFile() && output == null) {
            throw new IllegalArgumentException("csv writes nodes.csv and relationships.csv: give a folder with -o DIR");
        }
        ExportReport report;
        if (source != null && source.data != null) {
            DatasetGraph ds = DatasetGraphFactory.createTxnMem();
            for (Path p : source.data) RDFDataMgr.read(ds, p.toString());
            report = exporter(ds).export(sel, f, target(f));
        } else {
            Path dir = source != null && source.store != null ? source.store : Path.of("data/tdb2");
            if (!Files.isDirectory(dir)) throw new IllegalArgumentException("no store at " + dir + " (run build first, or give --data FILE)");
            try (GraphStore s = GraphStore.open(dir)) {
                report = exporter(s.dataset()).export(sel, f, target(f));
            }
        }
        System.err.println(report.summary() + (output == null ? "" : " to " + output));
        return 0;
    }

    private Exporter exporter(DatasetGraph ds) {
        return Exporter.create().dataset(ds).memoryLimit(memoryLimit).build();
    }

    private Selection selection() {
        Selection.Builder b = Selection.create();
        if (graph != null) b.graph(graph);
        if (types != null) types.forEach(b::type);
        if (area != null) b.area(area);
        if (around != null) b.around(around);
        if (depth != null) b.depth(depth);
        return b.build();
    }

    /** Files into the -o folder (or the -o file), or standard output. */
    private ExportTarget target(ExportFormat f) {
        if (output == null) {
            return name -> new FilterOutputStream(new BufferedOutputStream(System.out, 1 << 16)) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

                @Override
                public void close() throws IOException { flush(); }
            };
        }
        boolean folder = f.isMultiFile() || Files.isDirectory(output);
        return name -> {
            Path file = folder ? output.resolve(name) : output;
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            OutputStream out = Files.newOutputStream(file);
            return new BufferedOutputStream(out, 1 << 16);
        };
    }
}
